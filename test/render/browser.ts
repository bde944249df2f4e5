// Test helpers for rendering: the browser the tests need (never skipped), regulations, SVG text.
import { readdirSync, readFileSync } from 'node:fs';
import { compile } from '../../src/compile.js';
import { emitDiagrams, type RegulationDiagrams } from '../../src/emit/mermaid/emit-diagrams.js';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll } from 'vitest';
import { discoverBrowser } from '../../src/render/browser-discovery.js';
import { launchBrowser, type LaunchedBrowser } from '../../src/render/launch.js';
import { MermaidPage } from '../../src/render/mermaid-page.js';

/** The browser to render with; a missing browser fails the tests with what to do, it never skips them. */
export function requireBrowser(): string {
  const found = discoverBrowser();
  if (!found.found) {
    throw new Error(
      `Rendering tests need Chrome or Chromium and found none (looked for ${found.tried.join(', ')}). ` +
        'Run .ci/run, or install it (Debian/Ubuntu: apt-get install chromium), or set PUPPETEER_EXECUTABLE_PATH.',
    );
  }
  return found.path;
}

export const REGULATIONS = new URL('../../regulations/', import.meta.url);
export const SEED = '2015-225-adoption-candidates-registration.tartip';

export function regulationFiles(): string[] {
  return readdirSync(REGULATIONS).filter((f) => f.endsWith('.tartip')).sort();
}

export function diagramsOf(source: string, name = 'test.tartip'): RegulationDiagrams {
  const result = compile(source, name);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !result.json) throw new Error(`${name} does not compile: ${errors.map((d) => d.message.en).join('; ')}`);
  return emitDiagrams(result.json);
}

export function regulationDiagrams(file: string): RegulationDiagrams {
  return diagramsOf(readFileSync(new URL(file, REGULATIONS), 'utf8'), file);
}

/** The text a reader sees in an SVG: tags dropped, XML entities decoded, spaces collapsed. */
export function svgText(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** One browser and one rendering page for the tests of a file or a describe block: opened before them, closed after. */
export function openSharedPage(): { readonly page: MermaidPage; readonly browser: Browser } {
  let launched: LaunchedBrowser | undefined;
  let page: MermaidPage | undefined;
  beforeAll(async () => {
    launched = await launchBrowser(requireBrowser());
    page = await MermaidPage.open(launched.browser);
  }, 60_000);
  afterAll(async () => launched?.close());
  return {
    get page() {
      return page!;
    },
    get browser() {
      return launched!.browser;
    },
  };
}
