// Normalises a printed act's text: drops blank lines and page banners, and mends words the print broke across lines.
import { KEYWORDS, formsOf } from '../syntax/keywords.js';
import { LETTER_CLASS, foldWord } from '../text/characters.js';
import { mendCharacters } from './print-characters.js';

/** Hyphenated keyword forms («іс-қимыл»): a word built on one keeps its hyphen across a line break. */
const HYPHENATED = KEYWORDS.flatMap(formsOf).filter((f) => f.includes('-')).map(foldWord);

/** One printed line kept for reading, with its 1-based line number in the input. */
export interface SourceLine {
  line: number;
  text: string;
}

/** Text joined from several printed lines, with the input line each character came from. */
export interface JoinedText {
  text: string;
  /** For each character of `text`, the input line it was printed on. */
  lineAt: number[];
}

const BANNER = /^[←→\s]*\d+\s*-\s*бет[←→\s]*$/u;
/** A page's number printed alone on its line («94»): no sentence of an act is a bare number. */
const PAGE_NUMBER = /^\s*\d{1,4}\s*$/u;
const WORD = new RegExp(`[${LETTER_CLASS}]+(?:-[${LETTER_CLASS}]+)*`, 'gu');
const LAST_WORD = new RegExp(`([${LETTER_CLASS}]+)(-?)$`, 'u');
const FIRST_WORD = new RegExp(`^([${LETTER_CLASS}]+)`, 'u');
const LOWER_START = /^[a-zа-яёәғқңөұүһі]/u;

/** True for a line that is only a page marker of the print layout («4-бет →», «← 3-бет», a bare page number). */
export function isBanner(text: string): boolean {
  return BANNER.test(text.trim()) || PAGE_NUMBER.test(text);
}

/** The printed lines worth reading: non-blank, not page banners, trailing spaces removed. */
export function sourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split('\n').forEach((raw, i) => {
    // A Latin «i» printed among Cyrillic letters is the Kazakh «і» (a common slip of the typesetting); other look-alikes likewise.
    const t = mendCharacters(raw).replace(/\s+$/u, '');
    if (t.trim() === '' || isBanner(t)) return;
    out.push({ line: i + 1, text: squeeze(t) });
  });
  return out;
}

/**
 * The words the document prints whole (not at a line's edge, where a word may be a fragment):
 * the lexicon that decides whether two fragments were one word.
 */
export function documentLexicon(lines: SourceLine[]): Set<string> {
  const words = new Set<string>();
  lines.forEach(({ text }, n) => {
    const found = text.match(WORD) ?? [];
    // A line's first word is whole when the line before closed its sentence; its last word, when the next
    // line starts a new one (a capital or a number) or punctuation follows it.
    const firstWhole = n === 0 || /[.;:»]$/u.test(lines[n - 1]!.text);
    const next = lines[n + 1]?.text ?? '';
    const lastWhole = /[.,;:)»]$/u.test(text) || !LOWER_START.test(next);
    for (let i = firstWhole ? 0 : 1; i < found.length - (lastWhole ? 0 : 1); i++) words.add(found[i]!.toLocaleLowerCase('kk'));
  });
  return words;
}

/**
 * «корпо/рацияға» beside a whole «корпорация»: the left part is no word of the document, and joined to the
 * right part it begins as a word the document prints whole, at least two letters past the break.
 */
function sharesStem(left: string, right: string, lexicon: Set<string>): boolean {
  if (left.length < 4 || lexicon.has(left)) return false;
  const joined = left + right;
  const need = left.length + 2;
  if (joined.length < need) return false;
  const stem = joined.slice(0, need);
  for (const w of lexicon) if (w.startsWith(stem)) return true;
  return false;
}

/** How line `b` continues line `a`: '' to join the fragments of one word, '-' to keep a hyphen, ' ' otherwise. */
export function joinerBetween(a: string, b: string, lexicon: Set<string>): { drop: number; glue: string } {
  const last = a.match(LAST_WORD);
  const first = b.match(FIRST_WORD);
  if (!last || !first || !LOWER_START.test(b)) return { drop: 0, glue: ' ' };
  const left = last[1]!.toLocaleLowerCase('kk');
  const right = first[1]!.toLocaleLowerCase('kk');
  if (last[2] === '-') {
    // «іс-/қимыл» keeps its hyphen where the document prints the word hyphenated; «стан-/дарт» loses it.
    const compound = `${left}-${right}`;
    if (!lexicon.has(left + right) && (HYPHENATED.some((form) => compound.startsWith(form)) || [...lexicon].some((w) => w.startsWith(`${left}-`)))) {
      return { drop: 0, glue: '' };
    }
    return { drop: 1, glue: '' };
  }
  if (!lexicon.has(right) && (lexicon.has(left + right) || (right.length >= 3 && [...lexicon].some((w) => w.startsWith(left + right))) || sharesStem(left, right, lexicon))) {
    return { drop: 0, glue: '' };
  }
  return { drop: 0, glue: ' ' };
}

/** Joins consecutive printed lines into one text, mending broken words; keeps each character's line. */
export function joinLines(lines: SourceLine[], lexicon: Set<string>): JoinedText {
  let text = '';
  const lineAt: number[] = [];
  for (const { line, text: t } of lines) {
    if (text !== '') {
      const { drop, glue } = joinerBetween(text, t, lexicon);
      if (drop) {
        text = text.slice(0, -drop);
        lineAt.length -= drop;
      }
      text += glue;
      for (let i = 0; i < glue.length; i++) lineAt.push(line);
    }
    text += t;
    for (let i = 0; i < t.length; i++) lineAt.push(line);
  }
  return { text, lineAt };
}

/** Collapses runs of spaces, the way a text of the language is read. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
