// The canonical layout of a whole file: each element on lines of its own at its place's indentation, its parts
// on sub-lines, comments and blank lines where they were.
import type { ElementShape } from './elements.js';
import { LineWriter, fillSegment, writeTrivia, type Segment } from './fill.js';
import { flatWidth, wordsOfRange } from './pieces.js';
import { LEVEL, CLAUSE_INDENT, type Placement } from './placement.js';
import type { FmtToken, Trivia } from './trivia.js';

export interface LayoutOptions {
  width: number;
}

/** Elements that open a part of the act: a blank line always stands before them. */
const OPENS_PART = new Set(['section', 'appendix', 'glossary']);

/** Width of a leading list label: «1) », «12) », «1. », «* ». */
function labelWidth(tokens: readonly FmtToken[], at: number): number {
  const t = tokens[at]!;
  const next = tokens[at + 1];
  if (t.type === 'NumberLiteral' && (next?.type === 'RParen' || next?.type === 'Dot')) return t.image.length + 2;
  if (t.type === 'Star') return 2;
  return 0;
}

/** Whether a list item is numbered («1) …»): numbered items always stand on lines of their own. */
function numbered(tokens: readonly FmtToken[], at: number): boolean {
  return tokens[at]?.type === 'NumberLiteral' && tokens[at + 1]?.type === 'RParen';
}

/** Token indices where the element's sub-lines start, once it is known whether its list fits on one line. */
function subLineStarts(shape: ElementShape, tokens: readonly FmtToken[], indent: number, width: number): number[] {
  if (!shape.subLinesIfLong || shape.subLines.length === 0) return shape.subLines;
  const inner = shape.subLines.some((i) => numbered(tokens, i)) || tokens.slice(shape.from + 1, shape.to).some((t) => t.before.length > 0);
  if (inner) return shape.subLines;
  return indent + flatWidth(wordsOfRange(tokens, shape.from, shape.to)) <= width ? [] : shape.subLines;
}

function writeElement(out: LineWriter, shape: ElementShape, place: Placement, tokens: readonly FmtToken[], options: LayoutOptions): void {
  const starts = subLineStarts(shape, tokens, place.indent, options.width);
  const bounds = [shape.from, ...starts, shape.to];
  let prefix: string | undefined;
  if (place.joinsParagraph) prefix = `${out.takeLast() ?? ''} `;
  for (let s = 0; s + 1 < bounds.length; s++) {
    const from = bounds[s]!;
    const head = s === 0;
    const indent = head ? place.indent : place.indent + LEVEL;
    if (!head) writeTrivia(out, tokens[from]!.before, indent);
    let continuation = indent + labelWidth(tokens, from) + LEVEL + (head && starts.length > 0 ? LEVEL : 0);
    if (head && shape.kind === 'step') continuation = Math.max(continuation, place.indent + CLAUSE_INDENT + LEVEL);
    const segment: Segment = { words: wordsOfRange(tokens, from, bounds[s + 1]!), indent, continuation, prefix: head ? prefix : undefined };
    fillSegment(out, segment, tokens, shape.groups);
  }
}

/** Lays the file out; the lines end with «\n» and the text with one. */
export function layout(tokens: readonly FmtToken[], shapes: readonly ElementShape[], places: readonly Placement[], after: readonly Trivia[], options: LayoutOptions): string {
  const out = new LineWriter(options.width);
  shapes.forEach((shape, e) => {
    const place = places[e]!;
    const leading = tokens[shape.from]!.before;
    if (OPENS_PART.has(shape.kind) && leading[0]?.kind !== 'blank') out.blank();
    writeTrivia(out, leading, place.indent);
    writeElement(out, shape, place, tokens, options);
  });
  writeTrivia(out, after, 0);
  out.end();
  while (out.lines.length > 0 && out.lines[out.lines.length - 1] === '') out.lines.pop();
  return out.lines.length === 0 ? '' : `${out.lines.join('\n')}\n`;
}
