// A whole folder renders with one browser and one page (two for a large batch on two cores), not a browser or a page per diagram.
import { describe, expect, it, vi } from 'vitest';
import * as launch from '../../src/render/launch.js';
import { renderBatch } from '../../src/render/batch.js';
import { defaultPages } from '../../src/render/batch-rounds.js';
import { regulationDiagrams, regulationFiles, requireBrowser } from './browser.js';

vi.mock('../../src/render/launch.js', async (original) => {
  const actual = await original<typeof import('../../src/render/launch.js')>();
  return { ...actual, launchBrowser: vi.fn(actual.launchBrowser) };
});

describe('batch rendering', () => {
  it('launches one browser and opens one page (two for a large batch on two cores) for every diagram of every regulation', async () => {
    const launched = vi.mocked(launch.launchBrowser);
    let pages = 0;
    launched.mockImplementation(async (path: string) => {
      const real = await vi.importActual<typeof import('../../src/render/launch.js')>('../../src/render/launch.js');
      const browser = await real.launchBrowser(path);
      browser.browser.on('targetcreated', (target) => {
        if (target.type() === 'page') pages++;
      });
      return browser;
    });
    const inputs = regulationFiles().map((f) => ({ key: f, diagrams: regulationDiagrams(f) }));
    const total = inputs.reduce((n, i) => n + i.diagrams.diagrams.length, 0);
    let written = 0;
    const result = await renderBatch(inputs, { formats: ['svg', 'png'], browserPath: requireBrowser(), write: () => written++ });
    expect(result.failures).toEqual([]);
    expect(result.rendered).toBe(total);
    expect(written).toBeGreaterThan(total);
    expect(launched).toHaveBeenCalledTimes(1);
    expect(pages).toBe(defaultPages(total));
  }, 180_000);
});
