// Fills lines with words up to the width: breaks only where a space is, keeps reference groups whole where they fit,
// and never starts a line inside a text so that it would read as a new clause (the lexer would end the text there).
import { opensClauseWithText } from '../syntax/text-regions.js';
import { flatWidth, widthOf, type Word } from './pieces.js';
import type { FmtToken, Trivia } from './trivia.js';

/** The lines being written, and the one being filled. */
export class LineWriter {
  readonly lines: string[] = [];
  private current: string | undefined;
  private column = 0;
  private fresh = true;

  constructor(readonly width: number) {}

  /** Starts a line with this indentation (or this prefix), ending the one being filled. */
  start(indent: number | string): void {
    this.end();
    this.current = typeof indent === 'string' ? indent : ' '.repeat(indent);
    this.column = widthOf(this.current);
    this.fresh = true;
  }

  get open(): boolean {
    return this.current !== undefined;
  }

  /** Whether the line being filled has nothing but its indentation or prefix. */
  get empty(): boolean {
    return this.current === undefined || this.fresh;
  }

  get col(): number {
    return this.column;
  }

  append(text: string): void {
    this.current = (this.current ?? '') + text;
    this.column += widthOf(text);
    this.fresh = false;
  }

  end(): void {
    if (this.current !== undefined) this.lines.push(this.current.replace(/\s+$/u, ''));
    this.current = undefined;
  }

  /** A whole line of its own (a comment) at this indentation. */
  line(indent: number, text: string): void {
    this.end();
    this.lines.push(`${' '.repeat(indent)}${text}`);
  }

  blank(): void {
    this.end();
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  /** A comment at the end of the line being filled, or else of the last line written; the line ends there. */
  trailing(text: string): void {
    if (this.current === undefined) {
      const last = this.lines.pop();
      this.current = last ?? '';
    }
    this.append(this.current === '' ? text : ` ${text}`);
    this.end();
  }

  /** The last line written, taken back (to write something before it on the same line). */
  takeLast(): string | undefined {
    this.end();
    return this.lines.pop();
  }
}

export interface Segment {
  words: Word[];
  indent: number;
  /** Indentation of the segment's continuation lines. */
  continuation: number;
  /** Writes the first line after this prefix instead of the indentation («1. » of a paragraph). */
  prefix?: string;
}

/** Token ranges [from, to) kept on one line where they fit. */
export type Groups = readonly [number, number][];

/** Writes comments and blank lines where they stood: a comment after code stays at the end of its line. */
export function writeTrivia(out: LineWriter, trivia: readonly Trivia[], indent: number): void {
  for (const t of trivia) {
    if (t.kind === 'blank') out.blank();
    else if (t.trailing) out.trailing(t.text);
    else out.line(indent, t.text);
  }
}

/** The words from `k` up to the next place a line may break. */
function chunkEnd(words: readonly Word[], k: number): number {
  let j = k + 1;
  while (j < words.length && (words[j]!.glued || words[j]!.bound)) j++;
  return j;
}

function joined(words: readonly Word[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += (k > from && !words[k]!.glued ? ' ' : '') + words[k]!.text;
  return s;
}

/** Breaking before word `k` of a text would start a line the lexer reads as a clause of its own. */
function breakOpensClause(words: readonly Word[], k: number, indent: number, tokens: readonly FmtToken[]): boolean {
  const w = words[k]!;
  if (w.part === 0 || tokens[w.token]!.type !== 'GuillemetText') return false;
  let end = k;
  while (end < words.length && words[end]!.token === w.token) end++;
  return opensClauseWithText(' '.repeat(indent) + joined(words, k, end));
}

/**
 * Writes one segment: a line of an element and its continuation lines. A comment or blank line inside
 * the segment (between its tokens) is kept, and the words after it go on a new line.
 */
export function fillSegment(out: LineWriter, segment: Segment, tokens: readonly FmtToken[], groups: Groups): void {
  const { words, indent, continuation } = segment;
  out.start(segment.prefix ?? indent);
  let k = 0;
  while (k < words.length) {
    const w = words[k]!;
    const end = chunkEnd(words, k);
    const text = joined(words, k, end);
    let newLine = false;
    if (k > 0 && w.part === 0 && tokens[w.token]!.before.length > 0) {
      writeTrivia(out, tokens[w.token]!.before, continuation);
      newLine = true;
    } else if (!out.empty) {
      const fits = out.col + 1 + widthOf(text) <= out.width;
      const group = w.part === 0 ? groups.find(([from]) => from === w.token) : undefined;
      let groupBreak = false;
      if (group && fits) {
        let gEnd = k;
        while (gEnd < words.length && words[gEnd]!.token < group[1]) gEnd++;
        const width = flatWidth(words.slice(k, gEnd));
        groupBreak = out.col + 1 + width > out.width && continuation + width <= out.width;
      }
      newLine = (!fits || groupBreak) && !breakOpensClause(words, k, continuation, tokens);
    }
    if (newLine || !out.open) out.start(continuation);
    else if (!out.empty) out.append(' ');
    out.append(text);
    k = end;
  }
}
