// Finds where a newspaper resumes an act it broke off: the act's text stops unfinished and a later piece continues its sentence and numbering.
import type { SourceLine } from './normalise.js';

const LOWER_START = /^[a-zа-яёәғқңөұүһі]/u;
const PARAGRAPH = /^(\d{1,3})\.\s/u;
const ITEM = /^(\d{1,3})\)/u;
/** A numbered line: «N.», «N)», «N-іс-қимыл». */
export const MARKER = /^(?:\d{1,3}[.)]|\d{1,3}\s*-\s*іс-қимыл)/u;
/** Where an act's main text begins. */
export const MAIN_START = /^1\.\s+Жалпы\s+ережелер\s*$/u;

/** Where the act's text was left: its last line, and the numbers a resumed piece would print next. */
export interface Unfinished {
  /** The last line stops mid-sentence (no stop, comma, hyphen): the piece first finishes the sentence. */
  midSentence: boolean;
  nextParagraph: number;
  nextItem: number | null;
}

/** The act's text stops unfinished when its last line does not end a sentence: no full stop (a «;» leaves a list open). */
export function unfinished(main: SourceLine[]): Unfinished | undefined {
  const last = main[main.length - 1];
  if (!last || /[.!?]\s*»?\)?$/u.test(last.text)) return undefined;
  let paragraph = 0;
  let item: number | null = null;
  for (const l of main) {
    const p = l.text.match(PARAGRAPH);
    if (p) paragraph = Math.max(paragraph, Number(p[1])), (item = null);
    const i = l.text.match(ITEM);
    if (i) item = Number(i[1]);
  }
  return { midSentence: !/[;:]$/u.test(last.text), nextParagraph: paragraph + 1, nextItem: item === null ? null : item + 1 };
}

/** Lines that no piece of an act's text can take: headers, title blocks, block openings. */
export interface Bounds {
  stops: Set<number>;
  titleLines: Set<number>;
  used: Set<number>;
}

const blocked = (l: SourceLine, b: Bounds) => b.stops.has(l.line) || b.titleLines.has(l.line) || b.used.has(l.line) || MAIN_START.test(l.text);

/** A new piece starts here: a lowercase line after a finished sentence and a gap, or a block that cannot be the act's. */
function startsElsewhere(lines: SourceLine[], k: number, b: Bounds): boolean {
  const l = lines[k]!;
  const before = lines[k - 1];
  return blocked(l, b) || (!!before && before.line < l.line - 1 && /\.$/u.test(before.text) && LOWER_START.test(l.text));
}

/**
 * The resumed piece in `lines` (indices into it, inclusive): a line that prints the act's next number («3)» after
 * «2) …;», «8.» after p.7), taking before it the lowercase end of the broken sentence when the act stopped
 * mid-sentence; it runs to the next header, title block, act or another piece. `from` is the first index searched.
 */
export function findResumption(state: Unfinished, lines: SourceLine[], from: number, b: Bounds): [number, number] | undefined {
  for (let x = from; x < lines.length; x++) {
    const t = lines[x]!.text;
    const item = t.match(ITEM);
    const paragraph = t.match(PARAGRAPH);
    const next = (item && Number(item[1]) === state.nextItem) || (paragraph && Number(paragraph[1]) === state.nextParagraph);
    if (!next || blocked(lines[x]!, b)) continue;
    let start = x;
    if (state.midSentence) {
      // The broken sentence's end: consecutive printed lines just before, none numbered, none a sentence's end but the last.
      let k = x - 1;
      if (k < from || /\.$/u.test(lines[k]!.text)) continue;
      while (k > from && lines[k - 1]!.line === lines[k]!.line - 1 && !/\.$/u.test(lines[k - 1]!.text) && !MARKER.test(lines[k - 1]!.text)) k--;
      const lead = lines.slice(k, x);
      if (!LOWER_START.test(lead[0]!.text) || lead.some((l) => blocked(l, b) || MARKER.test(l.text))) continue;
      start = k;
    } else if (x > from && lines[x - 1]!.line === lines[x]!.line - 1 && !/[.;:)]$/u.test(lines[x - 1]!.text)) continue;
    let end = x;
    while (end + 1 < lines.length && !startsElsewhere(lines, end + 1, b)) end++;
    return [start, end];
  }
  return undefined;
}

export interface Piece {
  /** Index of the act the piece belongs to. */
  act: number;
  range: [number, number];
}

/**
 * The pieces the gazette resumed, each with its act: for every act whose text stops unfinished at a header, the first
 * resumption printed after the act's own span (in another act's appendices or trailing pages), outside any act's text.
 */
export function resumedPieces(lines: SourceLine[], spans: [number, number][], mains: SourceLine[][], b: Bounds): Piece[] {
  const taken = new Set(mains.flatMap((m) => m.map((l) => l.line)));
  const pieces: Piece[] = [];
  spans.forEach(([, to], act) => {
    const main = mains[act]!;
    const state = unfinished(main);
    // Only an act broken off by a header or title block is resumed; one the next act or document follows is not.
    const after = lines.find((l) => l.line > (main[main.length - 1]?.line ?? to));
    if (!state || !after || !(b.stops.has(after.line) || b.titleLines.has(after.line))) return;
    const free = lines.filter((l) => l.line > to && !taken.has(l.line));
    // Only a run of lines no act holds can be searched: a line taken by an act's text ends the run.
    const found = findResumption(state, free, 0, { ...b, used: new Set([...b.used, ...pieces.flatMap((p) => range(p.range))]) });
    if (!found) return;
    const piece = free.slice(found[0], found[1] + 1);
    // A piece never runs on over a line some act holds.
    const cut = piece.findIndex((l, i) => i > 0 && l.line !== piece[i - 1]!.line + 1 && lines.some((m) => m.line > piece[i - 1]!.line && m.line < l.line));
    const kept = cut < 0 ? piece : piece.slice(0, cut);
    pieces.push({ act, range: [kept[0]!.line, kept[kept.length - 1]!.line] });
    kept.forEach((l) => taken.add(l.line));
  });
  return pieces;
}

function range([a, b]: [number, number]): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
