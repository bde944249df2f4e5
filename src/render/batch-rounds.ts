// How a batch's diagrams are cut into rounds for the pages, and how many pages lay them out at once.
import { availableParallelism } from 'node:os';
import type { DiagramSource } from '../emit/mermaid/emit-diagrams.js';
import type { RenderInput } from './batch.js';

export interface Item {
  /** The diagram's place in the batch's drawing order: failures are reported in it whichever page drew them. */
  order: number;
  input: RenderInput;
  diagram: DiagramSource;
}

/** Charts per round at most: the page keeps this many SVGs for their PNGs and PDFs, then lets them go. */
const CHUNK = 48;

/** Below this many diagrams a second page costs more (its own Mermaid to load, ≈ 1 s of a core) than it saves. */
const SECOND_PAGE_FROM = 12;

/**
 * Pages to lay charts out in at once. Mermaid lays out one chart at a time on its page's one thread, so a
 * second page, in a renderer process of its own, uses a second core; more than two add little on the
 * machines Tártip runs on and cost each a renderer's memory.
 */
export function defaultPages(total: number, cores = availableParallelism()): number {
  return total >= SECOND_PAGE_FROM && cores >= 2 ? 2 : 1;
}

/** Every diagram in drawing order: regulation by regulation, legends first (a chart's sheet shows its legend). */
export function itemsOf(inputs: RenderInput[]): Item[] {
  let order = 0;
  return inputs.flatMap((input) => {
    const all = input.diagrams.diagrams;
    return [...all.filter((d) => d.kind === 'legend'), ...all.filter((d) => d.kind === 'chart')].map((diagram) => ({ order: order++, input, diagram }));
  });
}

/**
 * Rounds, never splitting a regulation (its charts need its legends). With several pages the rounds are
 * small enough that each page gets several (a page takes the next round when it is done with one), so the
 * pages finish together; alone, a page takes CHUNK at a time.
 */
export function rounds(items: Item[], pages: number): Item[][] {
  const size = pages > 1 ? Math.max(1, Math.min(CHUNK, Math.ceil(items.length / (pages * 4)))) : CHUNK;
  const result: Item[][] = [];
  let current: Item[] = [];
  items.forEach((item, i) => {
    current.push(item);
    const next = items[i + 1];
    if (!next || (current.length >= size && next.input !== item.input)) {
      result.push(current);
      current = [];
    }
  });
  return result;
}
