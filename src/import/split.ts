// Splits a whole gazette or resolution into its acts: each starts at «1. Жалпы ережелер»; a title block printed elsewhere and a piece the paper breaks off and resumes later are brought back to it.
import { blockOpenings, findHeaders } from './headers.js';
import { mainText, MAIN_START } from './main-text.js';
import { sourceLines, type SourceLine } from './normalise.js';
import { resumedPieces, type Piece } from './resumed-pieces.js';

export type LineRange = [number, number];

export interface ActSpan {
  /** The input line ranges the act takes (1-based, inclusive, first and last non-blank), in input order. */
  parts: LineRange[];
  title: string | null;
}

/** Words only, for telling whether an act's text quotes a title (case, spacing, punctuation, line breaks aside). */
const plain = (text: string): string => text.toLocaleLowerCase('kk').replace(/[^a-zа-яёәғқңөұүһі0-9]+/gu, '');

/** Ranges minus one range; ranges are trimmed to their first and last non-blank line, empty ones dropped. */
function without(parts: LineRange[], [a, b]: LineRange, printed: Set<number>): LineRange[] {
  const out: LineRange[] = [];
  const push = (from: number, to: number) => {
    while (from <= to && !printed.has(from)) from++;
    while (to >= from && !printed.has(to)) to--;
    if (from <= to) out.push([from, to]);
  };
  for (const [from, to] of parts) {
    if (b < from || a > to) push(from, to);
    else push(from, a - 1), push(b + 1, to);
  }
  return out;
}

const ordered = (parts: LineRange[]): LineRange[] => [...parts].sort((x, y) => x[0] - y[0]);

/**
 * The acts of a text. Each runs from its «1. Жалпы ережелер» to the line before the next; then
 * a piece the paper resumed elsewhere (see `resumedPieces`) is taken from where it is printed back to its act,
 * and a title block goes to the act whose text quotes its title, wherever it is printed.
 */
export function splitActs(text: string): ActSpan[] {
  const lines = sourceLines(text);
  const printed = new Set(lines.map((l) => l.line));
  const starts = lines.filter((l) => MAIN_START.test(l.text)).map((l) => l.line);
  const headers = findHeaders(lines);
  const stops = new Set([...headers.appendices.flatMap((a) => a.lines), ...blockOpenings(lines)]);
  const titleLines = new Set(headers.titles.flatMap((t) => t.lines));
  const last = lines[lines.length - 1]?.line ?? 0;
  const spans: LineRange[] = starts.map((from, i) => [from, (starts[i + 1] ?? last + 1) - 1]);
  const within = ([a, b]: LineRange): SourceLine[] => lines.filter((l) => l.line >= a && l.line <= b);
  const mains = spans.map((s) => mainText(within(s), headers.used, stops, titleLines));
  const parts: LineRange[][] = spans.map((s) => [s]);
  const pieces: Piece[] = resumedPieces(lines, spans, mains, { stops, titleLines, used: headers.used });
  for (const piece of pieces) {
    for (let i = 0; i < parts.length; i++) parts[i] = without(parts[i]!, piece.range, printed);
    parts[piece.act]!.push(piece.range);
  }
  const quoted = mains.map((m) => plain(m.map((l) => l.text).join(' ')));
  const titles: (string | null)[] = spans.map(() => null);
  for (const t of headers.titles) {
    const range: LineRange = [Math.min(...t.lines), Math.max(...t.lines)];
    const host = parts.findIndex((p) => p.some(([a, b]) => range[0] >= a && range[0] <= b));
    const named = t.title ? quoted.map((q, i) => (q.includes(plain(t.title!)) ? i : -1)).filter((i) => i >= 0) : [];
    const owner = named.length === 1 ? named[0]! : host;
    if (owner < 0) continue;
    if (owner !== host) {
      for (let i = 0; i < parts.length; i++) parts[i] = without(parts[i]!, range, printed);
      parts[owner]!.push(range);
    }
    titles[owner] ??= t.title;
  }
  return parts.map((p, i) => ({ parts: ordered(p), title: titles[i] ?? null }));
}

/** The text of one act with every other line blanked, so its line numbers stay those of the input. */
export function actText(text: string, span: ActSpan): string {
  return text.split('\n').map((l, i) => (span.parts.some(([a, b]) => i + 1 >= a && i + 1 <= b) ? l : '')).join('\n');
}

/** «792–1035, 1191–1195»: the lines an act was taken from. */
export function partsText(span: ActSpan): string {
  return span.parts.map(([a, b]) => `${a}–${b}`).join(', ');
}
