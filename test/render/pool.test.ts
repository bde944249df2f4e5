// The page's pool: one page for a whole batch, byte for byte as one chart at a time, failures and time budgets per chart.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as launch from '../../src/render/launch.js';
import { renderBatch, type RenderInput } from '../../src/render/batch.js';
import { mermaidModules } from '../../src/render/mermaid-modules.js';
import { MermaidPage, installedMermaid, mermaidBundlePath } from '../../src/render/mermaid-page.js';
import { openSharedPage, regulationDiagrams, regulationFiles, requireBrowser } from './browser.js';

vi.mock('../../src/render/launch.js', async (original) => {
  const actual = await original<typeof import('../../src/render/launch.js')>();
  return { ...actual, launchBrowser: vi.fn(actual.launchBrowser) };
});

/** Renders to SVG and counts the pages the browser opened. */
async function render(inputs: RenderInput[], options: { concurrency?: number; timeoutMs?: number; pages?: number } = {}) {
  let opened = 0;
  vi.mocked(launch.launchBrowser).mockImplementationOnce(async (path: string) => {
    const real = await vi.importActual<typeof import('../../src/render/launch.js')>('../../src/render/launch.js');
    const browser = await real.launchBrowser(path);
    browser.browser.on('targetcreated', (target) => {
      if (target.type() === 'page') opened++;
    });
    return browser;
  });
  const svgs = new Map<string, string>();
  const progress: number[] = [];
  const result = await renderBatch(inputs, {
    formats: ['svg'],
    browserPath: requireBrowser(),
    ...options,
    onProgress: (done) => progress.push(done),
    write: (key, diagram, _format, data) => svgs.set(`${key}/${diagram.name}`, String(data)),
  });
  return { result, svgs, opened, progress };
}

const acts = () => regulationFiles().map((f) => ({ key: f, diagrams: regulationDiagrams(f) }));
const broken = (input: RenderInput, mermaid = 'swimlane-beta TB\n  subgraph A["x"\n'): RenderInput => ({
  key: `${input.key}-broken`,
  diagrams: { ...input.diagrams, diagrams: input.diagrams.diagrams.map((d) => ({ ...d, mermaid })) },
});

describe('the page’s pool', () => {
  it('draws every diagram of the corpus in one page, and in two pages with four charts in each pool, byte for byte as one chart at a time does', async () => {
    const inputs = acts();
    const total = inputs.reduce((n, i) => n + i.diagrams.diagrams.length, 0);
    const one = await render(inputs, { concurrency: 1, pages: 1 });
    const four = await render(inputs, { concurrency: 4, pages: 2 });
    expect(one.opened).toBe(1);
    expect(four.opened).toBe(2);
    expect(four.result).toEqual({ rendered: total, failures: [], interrupted: false });
    expect(four.progress).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect([...four.svgs.keys()].sort()).toEqual([...one.svgs.keys()].sort());
    for (const [name, svg] of one.svgs) expect(four.svgs.get(name), name).toBe(svg);
  }, 240_000);

  it('reports the diagrams it could not draw in the order of the inputs, whichever of two pages drew them, and draws the rest', async () => {
    const inputs = acts().map((act, i) => (i === 0 || i === 3 || i === 6 ? broken(act) : act));
    const { result, opened } = await render(inputs, { pages: 2 });
    expect(opened).toBe(2);
    const legendsFirst = (input: RenderInput) => [...input.diagrams.diagrams.filter((d) => d.kind === 'legend'), ...input.diagrams.diagrams.filter((d) => d.kind === 'chart')];
    const expected = inputs.filter((input) => input.key.endsWith('-broken')).flatMap((input) => legendsFirst(input).map((d) => `${input.key}/${d.name}`));
    expect(result.failures.map((f) => `${f.key}/${f.diagram}`)).toEqual(expected);
    expect(result.failures.every((f) => f.kind !== 'timeout')).toBe(true);
    expect(result.rendered).toBe(inputs.reduce((n, i) => n + i.diagrams.diagrams.length, 0) - expected.length);
  }, 240_000);

  it('stops a chart over its time budget, reports it as timed out, and renders the charts after it in a fresh page', async () => {
    // 3 000 boxes chained through one lane and crossed by as many more arrows: minutes of layout, far over a 4-second budget.
    const N = 3000;
    const lines = ['swimlane-beta TB', '  subgraph L1["lane"]', ...Array.from({ length: N }, (_, i) => `    n${i}["box ${i}"]`), '  end', ...Array.from({ length: N - 1 }, (_, i) => `  n${i} --> n${i + 1}`), ...Array.from({ length: N }, (_, i) => `  n${i} --> n${(i * 7 + 13) % N}`)];
    const [first, second] = acts();
    const slow = { key: 'slow', diagrams: { ...first!.diagrams, diagrams: [{ ...first!.diagrams.diagrams.find((d) => d.kind === 'chart')!, legend: null, mermaid: lines.join('\n') }] } };
    const { result, svgs, opened } = await render([slow, second!], { timeoutMs: 4_000, pages: 1 });
    expect(result.failures).toEqual([expect.objectContaining({ key: 'slow', kind: 'timeout' })]);
    expect(result.rendered).toBe(second!.diagrams.diagrams.length);
    expect([...svgs.keys()].filter((k) => k.startsWith(`${second!.key}/`)).length).toBe(second!.diagrams.diagrams.length);
    expect(opened).toBe(2);
  }, 240_000);
});

describe('Mermaid’s faster configuration copy', () => {
  const shared = openSharedPage();

  it('applies to the installed Mermaid and draws every chart of regulations/ byte for byte as unpatched Mermaid', async () => {
    // The shared page has loaded Mermaid: the copy went into the module that defines getConfig.
    expect(installedMermaid().patched).toBe(true);
    const plain = await MermaidPage.open(shared.browser, mermaidModules(path.dirname(mermaidBundlePath()), false));
    try {
      for (const file of regulationFiles()) {
        for (const d of regulationDiagrams(file).diagrams) {
          const [a, b] = [await shared.page.svg(`tartip-${d.name}`, d.mermaid), await plain.svg(`tartip-${d.name}`, d.mermaid)];
          expect(a.svg, `${file}/${d.name}`).toBe(b.svg);
        }
      }
    } finally {
      await plain.close();
    }
  }, 240_000);
});
