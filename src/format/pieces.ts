// Tokens as the words a line is filled with: spacing between tokens, and «» texts split at their spaces.
import type { FmtToken } from './trivia.js';

export interface Word {
  text: string;
  /** Written right after the word before it, with no space (and no line break) between. */
  glued: boolean;
  /** Never the first word of a line: written after the word before it, with a space. */
  bound: boolean;
  /** Index of the token the word belongs to. */
  token: number;
  /** The word's position in its token (0 for the first; texts have many). */
  part: number;
}

/** Tokens written with no space before them. */
const NO_SPACE_BEFORE = new Set(['Colon', 'Semicolon', 'Comma', 'RParen', 'RBracket', 'Dot']);
/** Tokens written with no space after them. */
const NO_SPACE_AFTER = new Set(['LParen', 'LBracket']);

/** Words that close the phrase before them («… жағдайда», «беруші арқылы»): a line never starts with one. */
const CLOSES_PHRASE = new Set(['InCase', 'Via']);

/** Characters that separate the words of a text: a line break or run of them reads as one space. */
const TEXT_SPACE = /[ \t\r\n]+/;

/**
 * A dash written close on both sides («2-процесс», «1-қосымша») stays close, and a spaced one («бұдан әрі –
 * «…»», «түскен күні – 2 минут») spaced: closing a spaced dash could join two words into one name.
 */
function tightDash(tokens: readonly FmtToken[], i: number): boolean {
  return tokens[i]!.tight && tokens[i + 1]?.tight === true;
}

/** Whether token `i` is written right after token `i - 1`, with no space. */
export function gluedToPrevious(tokens: readonly FmtToken[], i: number): boolean {
  const t = tokens[i]!;
  const previous = tokens[i - 1];
  if (!previous) return false;
  if (NO_SPACE_BEFORE.has(t.type) || NO_SPACE_AFTER.has(previous.type)) return true;
  if (t.type === 'Dash') return tightDash(tokens, i);
  if (previous.type === 'Dash') return tightDash(tokens, i - 1);
  return false;
}

/** A token's words: a «» text split at its spaces (its words themselves never change); anything else whole. */
export function wordsOf(token: FmtToken): string[] {
  if (token.type !== 'GuillemetText') return [token.image.replace(/\s+/gu, ' ')];
  const inner = token.image.slice(1, -1).split(TEXT_SPACE).filter((w) => w !== '');
  if (inner.length === 0) return ['«»'];
  inner[0] = `«${inner[0]}`;
  inner[inner.length - 1] = `${inner[inner.length - 1]}»`;
  return inner;
}

/** The words of tokens [from, to). */
export function wordsOfRange(tokens: readonly FmtToken[], from: number, to: number): Word[] {
  const out: Word[] = [];
  for (let i = from; i < to; i++) {
    const glued = i > from && gluedToPrevious(tokens, i);
    const bound = i > from && CLOSES_PHRASE.has(tokens[i]!.type);
    wordsOf(tokens[i]!).forEach((text, part) => out.push({ text, glued: part === 0 ? glued : false, bound: part === 0 && bound, token: i, part }));
  }
  return out;
}

/** Display width: code points (the acts' letters are single code points after NFC). */
export function widthOf(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Width of words written flat on one line. */
export function flatWidth(words: readonly Word[]): number {
  let n = 0;
  words.forEach((w, k) => (n += widthOf(w.text) + (k > 0 && !w.glued ? 1 : 0)));
  return n;
}
