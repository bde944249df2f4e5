// Splits a whole gazette or resolution into its acts: each starts at «1. Жалпы ережелер» and takes the title block printed with it.
import { findHeaders } from './headers.js';
import { sourceLines } from './normalise.js';

export interface ActSpan {
  /** 1-based input lines, inclusive. */
  from: number;
  to: number;
  title: string | null;
}

const MAIN_START = /^1\.\s+Жалпы\s+ережелер\s*$/u;

/** The acts of a text: from each «1. Жалпы ережелер» to the line before the next; titles are matched by their standard's name. */
export function splitActs(text: string): ActSpan[] {
  const lines = sourceLines(text);
  const starts = lines.filter((l) => MAIN_START.test(l.text)).map((l) => l.line);
  const { titles } = findHeaders(lines);
  const last = lines[lines.length - 1]?.line ?? 0;
  return starts.map((from, i) => {
    const to = (starts[i + 1] ?? last + 1) - 1;
    const inside = titles.find((t) => t.lines[0]! >= from && t.lines[0]! <= to && t.title);
    return { from, to, title: inside?.title ?? null };
  });
}

/** The text of one act with every other line blanked, so its line numbers stay those of the input. */
export function actText(text: string, span: ActSpan): string {
  return text.split('\n').map((l, i) => (i + 1 >= span.from && i + 1 <= span.to ? l : '')).join('\n');
}
