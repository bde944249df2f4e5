// One linear pre-pass that pairs «…» guillemets, so the Text token matches in O(1) even on hostile input.
//
// A guillemet text may nest («Жеке тұлғалар» inside a name) and span lines. Scanning forward for the
// balancing » from every « would be quadratic on a file full of unclosed «; instead this pass walks the
// source once, skipping comments and straight-quoted texts exactly as the lexer does, and records where
// each text starts and ends.
//
// A lost » must cost one error, not the rest of the file: a text never runs into a line that plainly
// opens a new clause with a text of its own («атауы: «…», «2) кеңсе: «…»»), and a text that is never
// closed ends before the next line that starts an element. The lexer reports either with where it stopped.
import { KEYWORDS, formsOf } from './keywords.js';

export interface UnclosedText {
  /** Offset just after the unclosed text's last character. */
  end: number;
  /** Offset of the line that stopped it, when a line that starts an element did. */
  stoppedAt: number | undefined;
}

export interface TextRegions {
  /** Maps the offset of an opening « to the offset just after its closing ». */
  closed: Map<number, number>;
  /** Maps the offset of an opening « that is never closed to where its text ends. */
  unclosed: Map<number, UnclosedText>;
}

const OPEN = 0xab; // «
const CLOSE = 0xbb; // »
const HASH = 0x23;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/** Keywords that join or qualify rather than open a clause; a line starting with one continues a text. */
const NOT_OPENERS = new Set(['Or', 'And', 'Hereinafter', 'Via', 'InCase', 'Action', 'Process', 'Condition', 'Item', 'Yes', 'No', 'End', 'Next']);
const OPENER_FORMS = KEYWORDS.filter((k) => !NOT_OPENERS.has(k.token))
  .flatMap(formsOf)
  .filter((f) => f !== '§')
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/\s+/g, '[ \\t]+'));
const OPENER = `(?:${OPENER_FORMS.join('|')})`;
const NAME = '[^\\s:«»"()]+';
/** A line that opens a clause with a text value: prose never starts a line so. */
const STRICT = new RegExp(
  `^[ \\t]*(?:(?:\\d+[.)][ \\t]+)?${OPENER}(?:[ \\t]+${NAME}){0,3}(?:[ \\t]*\\([^()\\n\\r]*\\))?[ \\t]*:[ \\t]*[«"]` +
    `|\\d+\\)[ \\t]+${NAME}(?:[ \\t]*\\([^()\\n\\r]*\\))?[ \\t]*:[ \\t]*[«"]|\\d+\\.[ \\t]+«|(?:бөлім|§)[ \\t]*\\d+\\.?[ \\t]*(?:«|$))`,
  'gimu',
);
let strictLine: RegExp | undefined;

/**
 * Whether a line, as it would stand in a source, opens a clause with a text: a text never runs into such a
 * line, so a writer (the formatter) wrapping a text must not start a continuation line so.
 */
export function opensClauseWithText(line: string): boolean {
  strictLine ??= new RegExp(STRICT.source, 'imu');
  return strictLine.test(line);
}

/** A line that starts an element at all: where a text that is never closed ends. */
const LOOSE = new RegExp(`^[ \\t]*(?:${OPENER}[^\\n\\r«]*:|\\d+[.)][ \\t]|\\(бұдан[ \\t]+әрі|\\[|→|->|#)`, 'gimu');

/**
 * Offsets of the lines matching a pattern, in order: one pass of the regular expression over the whole
 * text (its `^` matches at every line start), which costs far less at start-up than a test per line.
 */
function lineStarts(text: string, pattern: RegExp): number[] {
  const out: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m.index);
    // The match may be empty-length-safe but is never empty here; go on from the next line.
    const next = text.indexOf('\n', m.index + 1);
    if (next < 0) break;
    pattern.lastIndex = next + 1;
  }
  return out;
}

/** The first of the sorted offsets greater than `after`, or Infinity. */
function nextAfter(offsets: number[], after: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! <= after) lo = mid + 1;
    else hi = mid;
  }
  return offsets[lo] ?? Infinity;
}

function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE || c === RETURN) break;
    i++;
  }
  return i;
}

/** The end of the line before `lineStart`, line break excluded. */
function endBefore(text: string, lineStart: number): number {
  let i = lineStart;
  while (i > 0 && (text.charCodeAt(i - 1) === NEWLINE || text.charCodeAt(i - 1) === RETURN)) i--;
  return i;
}

function skipStraightText(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i + 1;
  }
  return lineEnd(text, from);
}

/**
 * Pairs every «…» in `text[from..to)` at once with a stack, treating everything as text content. Used
 * after the first text of a stretch between stopping lines that nothing closes: from any later « of the
 * stretch, the scan for its partner is pure text content too, so these pairs are exactly what a fresh
 * scan would find, and no position is scanned twice.
 */
function pairAll(text: string, from: number, to: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (let j = from; j < to; j++) {
    const d = text.charCodeAt(j);
    if (d === OPEN) stack.push(j);
    else if (d === CLOSE && stack.length > 0) pairs.set(stack.pop()!, j + 1);
  }
  return pairs;
}

export function findTextRegions(text: string): TextRegions {
  const closed = new Map<number, number>();
  const unclosed = new Map<number, UnclosedText>();
  const strict = text.includes('«') ? lineStarts(text, STRICT) : [];
  let loose: number[] | undefined;
  let pairsEnd = -1;
  let pairs = new Map<number, number>();
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === HASH) {
      i = lineEnd(text, i);
    } else if (c === QUOTE) {
      i = skipStraightText(text, i);
    } else if (c === OPEN) {
      const stop = nextAfter(strict, i);
      const limit = Math.min(stop, text.length);
      let end = -1;
      if (i < pairsEnd) {
        end = pairs.get(i) ?? -1;
      } else {
        let depth = 0;
        for (let j = i; j < limit; j++) {
          const d = text.charCodeAt(j);
          if (d === OPEN) depth++;
          else if (d === CLOSE && --depth === 0) {
            end = j + 1;
            break;
          }
        }
        if (end < 0) {
          pairsEnd = limit;
          pairs = pairAll(text, i, limit);
        }
      }
      if (end >= 0) {
        closed.set(i, end);
        i = end;
      } else {
        loose ??= lineStarts(text, LOOSE);
        const next = Math.min(nextAfter(loose, i), stop);
        const textEnd = next === Infinity ? text.length : endBefore(text, next);
        unclosed.set(i, { end: Math.max(textEnd, i + 1), stoppedAt: next === Infinity ? undefined : next });
        i = Math.max(textEnd, i + 1);
      }
    } else {
      i++;
    }
  }
  return { closed, unclosed };
}
