// What the user is told when rendering cannot happen: no browser, a browser that will not start, a bad diagram.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeDiagrams } from '../../src/cli/commands/diagram.js';
import { compileSources } from '../../src/cli/run-files.js';
import { findSources } from '../../src/cli/sources.js';
import * as discovery from '../../src/render/browser-discovery.js';
import * as emit from '../../src/emit/mermaid/emit-diagrams.js';
import { requireBrowser, SEED } from './browser.js';

vi.mock('../../src/render/browser-discovery.js', async (original) => {
  const actual = await original<typeof import('../../src/render/browser-discovery.js')>();
  return { ...actual, discoverBrowser: vi.fn(actual.discoverBrowser) };
});
vi.mock('../../src/emit/mermaid/emit-diagrams.js', async (original) => {
  const actual = await original<typeof import('../../src/emit/mermaid/emit-diagrams.js')>();
  return { ...actual, emitDiagrams: vi.fn(actual.emitDiagrams) };
});

const seed = () => compileSources(findSources([path.resolve(import.meta.dirname, '../../regulations', SEED)]), new Map());

async function draw(formats: ('mmd' | 'svg' | 'png' | 'pdf')[]) {
  const out = mkdtempSync(path.join(tmpdir(), 'tartip-render-fail-'));
  let stderr = '';
  const run = await writeDiagrams(seed(), { outDir: out, formats, language: 'en', color: false, quiet: true, progress: { write: () => true } }, (s) => (stderr += s));
  const files = readdirSync(out, { recursive: true }).map(String);
  return { run, stderr, files };
}

afterEach(() => {
  vi.mocked(discovery.discoverBrowser).mockRestore();
  vi.mocked(emit.emitDiagrams).mockRestore();
});

describe('when rendering cannot happen', () => {
  it('without any browser: TRT3101 says where it looked and what to do; the .mmd are written; exit 2', async () => {
    vi.mocked(discovery.discoverBrowser).mockReturnValue({ found: false, tried: ['chromium', '/usr/bin/chromium'], reason: 'none' });
    const { run, stderr, files } = await draw(['svg']);
    expect(run.code).toBe(2);
    expect(stderr).toContain('TRT3101');
    expect(stderr).toContain('chromium, /usr/bin/chromium');
    expect(stderr).toContain('PUPPETEER_EXECUTABLE_PATH');
    expect(files.some((f) => f.endsWith('.mmd'))).toBe(true);
    expect(files.some((f) => f.endsWith('.svg'))).toBe(false);
  });

  it('with a “browser” that is not one: TRT3103 names it and why it failed; exit 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tartip-fake-browser-'));
    const fake = path.join(dir, 'chromium');
    writeFileSync(fake, '#!/bin/sh\necho "not a browser" >&2\nexit 1\n', { mode: 0o755 });
    vi.mocked(discovery.discoverBrowser).mockReturnValue({ found: true, path: fake, via: 'PATH' });
    const { run, stderr, files } = await draw(['svg']);
    expect(run.code).toBe(2);
    expect(stderr).toContain('TRT3103');
    expect(stderr).toContain(fake);
    expect(files.some((f) => f.endsWith('.mmd'))).toBe(true);
  }, 60_000);

  it('with a diagram Mermaid cannot draw: TRT3104 names it, the others are still rendered; exit 2', async () => {
    requireBrowser();
    const actual = await vi.importActual<typeof import('../../src/emit/mermaid/emit-diagrams.js')>('../../src/emit/mermaid/emit-diagrams.js');
    vi.mocked(emit.emitDiagrams).mockImplementation((definition) => {
      const real = actual.emitDiagrams(definition);
      const [first, ...rest] = real.diagrams;
      return { ...real, diagrams: [{ ...first!, mermaid: 'swimlane-beta TB\n  subgraph A["x"\n' }, ...rest] };
    });
    const { run, stderr, files } = await draw(['svg']);
    expect(run.code).toBe(2);
    expect(stderr).toContain('TRT3104');
    expect(stderr.match(/TRT3104/g)).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('.svg')).length).toBeGreaterThan(0);
  }, 60_000);
});
