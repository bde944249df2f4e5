// Every chart of regulations/, rendered in Chromium and measured there: the layout rules of a printed annex.
import { describe, expect, it } from 'vitest';
import { openSharedPage, regulationDiagrams, regulationFiles } from '../render/browser.js';
import { layoutProblems } from './checks.js';
import { readGeometry, type ChartGeometry } from './geometry.js';

const charts = regulationFiles().flatMap((file) =>
  regulationDiagrams(file)
    .diagrams.filter((d) => d.kind === 'chart')
    .map((d) => ({ name: `${file.replace(/\.tartip$/, '')}/${d.name}`, diagram: d })),
);

describe('the layout of every chart in regulations/', () => {
  const shared = openSharedPage();

  async function geometry(id: string, mermaid: string): Promise<ChartGeometry> {
    const { svg } = await shared.page.svg(id, mermaid);
    const page = await shared.browser.newPage();
    try {
      return await page.evaluate(readGeometry, svg);
    } finally {
      await page.close();
    }
  }

  it('has charts to check', () => {
    expect(charts.length).toBeGreaterThan(20);
  });

  it.each(charts)('$name: no boxes overlap, no arrow crosses a box, no box over ten lines, labels inside, no shared last segments, arrows enter from the side facing their source', async ({ name, diagram }) => {
    const g = await geometry(`tartip-${diagram.name}`, diagram.mermaid);
    expect(g.boxes.length, name).toBeGreaterThan(2);
    expect(g.edges.length, name).toBeGreaterThan(1);
    expect(layoutProblems(g), name).toEqual([]);
  }, 60_000);
});
