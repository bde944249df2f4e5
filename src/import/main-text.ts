// Tells which printed lines are an act's main text (§1–§4), as against its title block, appendices and what follows it.
import type { SourceLine } from './normalise.js';
import { findResumption, MAIN_START, MARKER, unfinished } from './resumed-pieces.js';

export { MAIN_START };

/** Where the act's text stops: at `stops` (a header, a block's opening), a title block, or another document's «1.». */
function readUntilStop(lines: SourceLine[], from: number, headerLines: Set<number>, stops: Set<number>, titleLines: Set<number>, out: SourceLine[], highest: number) {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    const n = Number(l.text.match(/^(\d{1,3})\.\s/u)?.[1] ?? 0);
    if (MAIN_START.test(l.text) && out.length) return { at: i, renumbered: true, highest };
    if (stops.has(l.line) || titleLines.has(l.line)) return { at: i, renumbered: false, highest };
    if (n === 1 && highest >= 3) return { at: i, renumbered: true, highest };
    if (n > highest) highest = n;
    if (!headerLines.has(l.line)) out.push(l);
  }
  return { at: lines.length, renumbered: false, highest };
}

/**
 * A chart printed after the act's last sentence without a header of its own (a flattened diagram's boxes) is no
 * part of its text: after the last line that ends a sentence, three or more runs of lines apart from each other,
 * none numbered and none ending a sentence or a list item, are dropped.
 */
function withoutTrailingChart(out: SourceLine[]): SourceLine[] {
  const last = out.findLastIndex((l) => /\.$/u.test(l.text));
  const tail = out.slice(last + 1);
  if (last < 0 || tail.some((l) => MARKER.test(l.text) || /[.;]$/u.test(l.text))) return out;
  const runs = tail.filter((l, i) => (i === 0 ? out[last]!.line : tail[i - 1]!.line) < l.line - 1).length;
  return runs >= 3 ? out.slice(0, last + 1) : out;
}

/**
 * Which lines are the act's main text: from «1. Жалпы ережелер» to an appendix header, a title block
 * printed after it, a block's opening line (`blockOpenings`), or a «1.» that numbers another document's paragraphs
 * afresh (a resolution, the next act). Text stopped unfinished at a header goes on where the print resumes it.
 */
export function mainText(lines: SourceLine[], headerLines: Set<number>, stops: Set<number>, titleLines: Set<number>): SourceLine[] {
  const start = lines.findIndex((l) => MAIN_START.test(l.text));
  if (start < 0) return [];
  let out: SourceLine[] = [];
  let stop = readUntilStop(lines, start, headerLines, stops, titleLines, out, 0);
  out = withoutTrailingChart(out);
  // A broken-off act is resumed at most a few times; a new document («1.», the next act) is never a resumption.
  for (let round = 0; round < 3 && !stop.renumbered && stop.at < lines.length; round++) {
    const state = unfinished(out);
    const piece = state && findResumption(state, lines, stop.at, { stops, titleLines, used: headerLines });
    if (!piece) break;
    const before = out.length;
    stop = readUntilStop(lines.slice(0, piece[1] + 1), piece[0], headerLines, stops, titleLines, out, stop.highest);
    if (out.length === before) break;
    stop = { ...stop, at: piece[1] + 1 };
    out = withoutTrailingChart(out);
  }
  return out;
}
