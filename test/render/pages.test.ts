// A batch drawn on two pages at once gives the SVG of one page, every diagram once, and failures in input order.
import { describe, expect, it, vi } from 'vitest';
import * as launch from '../../src/render/launch.js';
import { renderBatch, type RenderInput } from '../../src/render/batch.js';
import { regulationDiagrams, regulationFiles, requireBrowser } from './browser.js';

vi.mock('../../src/render/launch.js', async (original) => {
  const actual = await original<typeof import('../../src/render/launch.js')>();
  return { ...actual, launchBrowser: vi.fn(actual.launchBrowser) };
});

/** Renders to SVG and counts the pages the browser opened. */
async function render(inputs: RenderInput[], pages: number) {
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
    pages,
    onProgress: (done) => progress.push(done),
    write: (key, diagram, _format, data) => svgs.set(`${key}/${diagram.name}`, String(data)),
  });
  return { result, svgs, opened, progress };
}

describe('a batch on several pages', () => {
  it('draws every diagram once, byte for byte as one page does, on the pages asked for', async () => {
    // Every act here: enough diagrams for a second page to pay (renderBatch opens one per 12).
    const inputs = regulationFiles().map((f) => ({ key: f, diagrams: regulationDiagrams(f) }));
    const total = inputs.reduce((n, i) => n + i.diagrams.diagrams.length, 0);
    const one = await render(inputs, 1);
    const two = await render(inputs, 2);
    expect(one.opened).toBe(1);
    expect(two.opened).toBe(2);
    expect(two.result).toEqual({ rendered: total, failures: [], interrupted: false });
    expect(two.progress).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect([...two.svgs.keys()].sort()).toEqual([...one.svgs.keys()].sort());
    for (const [name, svg] of one.svgs) expect(two.svgs.get(name), name).toBe(svg);
  }, 240_000);

  it('reports the diagrams it could not draw in the order of the inputs, whichever page met them', async () => {
    const acts = regulationFiles().map((f) => ({ key: f, diagrams: regulationDiagrams(f) }));
    const broken = (input: RenderInput): RenderInput => ({
      key: `${input.key}-broken`,
      diagrams: { ...input.diagrams, diagrams: input.diagrams.diagrams.map((d) => ({ ...d, mermaid: 'swimlane-beta TB\n  subgraph A["x"\n' })) },
    });
    const inputs = acts.map((act, i) => (i === 0 || i === 3 || i === 6 ? broken(act) : act));
    const { result, opened } = await render(inputs, 2);
    expect(opened).toBe(2);
    // As one page would meet them: input by input, each input's legends before its charts.
    const legendsFirst = (input: RenderInput) => [...input.diagrams.diagrams.filter((d) => d.kind === 'legend'), ...input.diagrams.diagrams.filter((d) => d.kind === 'chart')];
    const failing = inputs.filter((input) => input.key.endsWith('-broken'));
    const expected = failing.flatMap((input) => legendsFirst(input).map((d) => `${input.key}/${d.name}`));
    expect(result.failures.map((f) => `${f.key}/${f.diagram}`)).toEqual(expected);
    expect(result.rendered).toBe(inputs.reduce((n, i) => n + i.diagrams.diagrams.length, 0) - expected.length);
  }, 240_000);
});
