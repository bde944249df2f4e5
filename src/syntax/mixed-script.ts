// Input hygiene: warns about words that mix Cyrillic and Latin look-alike letters (TRT1006), with a fix.
//
// Acts copied from Word, PDFs and newspapers often carry a Latin «i» inside a Kazakh word
// («мемлекеттiк») or a Latin «M» in «МК». Such a word looks right and silently fails to match the
// name it refers to. The pass reads tokens only: names and keywords as wholes, and inside texts the
// words shaped like references (abbreviations such as «АЖО»), since the rest of a text is the act's
// verbatim wording.
import type { IToken } from 'chevrotain';
import { DiagnosticBag } from '../diagnostics/create.js';
import type { Bilingual, Diagnostic } from '../diagnostics/types.js';
import type { LineMap } from '../text/line-map.js';
import { TEXT_TOKEN_NAMES } from './tokens.js';

/** Latin letters and the Cyrillic letters of Kazakh they cannot be told apart from in print. */
const LOOK_ALIKES: ReadonlyArray<readonly [latin: string, cyrillic: string]> = [
  ['a', 'а'], ['c', 'с'], ['e', 'е'], ['o', 'о'], ['p', 'р'], ['x', 'х'], ['y', 'у'], ['i', 'і'], ['h', 'һ'],
  ['ə', 'ә'], ['ɵ', 'ө'],
  ['A', 'А'], ['B', 'В'], ['C', 'С'], ['E', 'Е'], ['H', 'Н'], ['K', 'К'], ['M', 'М'], ['O', 'О'], ['P', 'Р'],
  ['T', 'Т'], ['X', 'Х'], ['Y', 'Ү'], ['I', 'І'], ['Ə', 'Ә'], ['Ɵ', 'Ө'],
];

const TO_CYRILLIC = new Map(LOOK_ALIKES.map(([latin, cyrillic]) => [latin, cyrillic]));
const TO_LATIN = new Map(LOOK_ALIKES.map(([latin, cyrillic]) => [cyrillic, latin]));

const TEXT_TOKENS = TEXT_TOKEN_NAMES;

/** Any letter `scriptOf` calls Latin. */
const HAS_LATIN = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u1E00-\u1EFF]/;

type Script = 'latin' | 'cyrillic';

function scriptOf(code: number): Script | undefined {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'latin';
  if (code >= 0xc0 && code <= 0x2af && code !== 0xd7 && code !== 0xf7) return 'latin';
  if (code >= 0x1e00 && code <= 0x1eff) return 'latin';
  if ((code >= 0x400 && code <= 0x52f) || (code >= 0x1c80 && code <= 0x1c8f) || (code >= 0xa640 && code <= 0xa69f)) return 'cyrillic';
  return undefined;
}

function isMark(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x483 && code <= 0x489);
}

interface Verdict {
  fixed: string;
  /** The letters that were replaced, each once, in order of appearance. */
  replaced: string[];
  from: Script;
}

/**
 * Decides which script a mixed word was meant to be in and converts the other script's letters.
 * A word is meant to be in the script of its letters that have no look-alike («қ», «g»); when all
 * its letters have look-alikes, in the script of most of them, Cyrillic on a tie (the acts' script).
 * A word with letters of both scripts that have no look-alike is not a slip, and is left alone.
 */
export function unmix(word: string): Verdict | undefined {
  // Nearly every word is in one script: settle that first, without the per-letter strings and lookups below.
  // (Surrogate halves have no script, as the astral letters they form have none.)
  let hasLatin = false;
  let hasCyrillic = false;
  for (let i = 0; i < word.length; i++) {
    const script = scriptOf(word.charCodeAt(i));
    if (script === 'latin') hasLatin = true;
    else if (script === 'cyrillic') hasCyrillic = true;
  }
  if (!hasLatin || !hasCyrillic) return undefined;
  const count = { latin: 0, cyrillic: 0 };
  const distinctive = { latin: 0, cyrillic: 0 };
  for (const ch of word) {
    const script = scriptOf(ch.codePointAt(0)!);
    if (!script) continue;
    count[script]++;
    if (!(script === 'latin' ? TO_CYRILLIC : TO_LATIN).has(ch)) distinctive[script]++;
  }
  if (count.latin === 0 || count.cyrillic === 0) return undefined;
  if (distinctive.latin > 0 && distinctive.cyrillic > 0) return undefined;
  let target: Script;
  if (distinctive.cyrillic > 0) target = 'cyrillic';
  else if (distinctive.latin > 0) target = 'latin';
  else target = count.latin > count.cyrillic ? 'latin' : 'cyrillic';
  const from: Script = target === 'cyrillic' ? 'latin' : 'cyrillic';
  const table = from === 'latin' ? TO_CYRILLIC : TO_LATIN;
  const replaced: string[] = [];
  let fixed = '';
  for (const ch of word) {
    const twin = scriptOf(ch.codePointAt(0)!) === from ? table.get(ch) : undefined;
    if (twin !== undefined && !replaced.includes(ch)) replaced.push(ch);
    fixed += twin ?? ch;
  }
  return { fixed, replaced, from };
}

function describeLetters(letters: string[], from: Script): Bilingual {
  const list = letters.map((ch) => `«${ch}» U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
  return from === 'latin' ? { kk: `латын ${list}`, en: `Latin ${list}` } : { kk: `кирилл ${list}`, en: `Cyrillic ${list}` };
}

/** Whether a letter is its own lower case, cached per code unit: asked for the first letter of every word of every text. */
const OWN_LOWER = new Map<number, boolean>();

function isOwnLowerCase(code: number): boolean {
  let own = OWN_LOWER.get(code);
  if (own === undefined) {
    const ch = String.fromCharCode(code);
    OWN_LOWER.set(code, (own = ch === ch.toLowerCase()));
  }
  return own;
}

/**
 * Words of a text that may read like references: runs of letters (and combining marks); digits, hyphens
 * and punctuation end a word. A word whose first letter is lower-case is not reference-like (see
 * isReferenceLike) and is passed over without being cut out of the text.
 */
function candidateWords(text: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const inWord = scriptOf(code) !== undefined || (start >= 0 && isMark(code));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      if (!isOwnLowerCase(text.charCodeAt(start))) out.push({ word: text.slice(start, i), start });
      start = -1;
    }
  }
  return out;
}

/** A word in a text that reads like a reference to a declared abbreviation: two or more capitals. */
function isReferenceLike(word: string): boolean {
  let letters = 0;
  for (const ch of word) {
    if (scriptOf(ch.codePointAt(0)!) === undefined) continue;
    if (ch === ch.toLowerCase()) return false;
    letters++;
  }
  return letters >= 2;
}

/** Reports every name, keyword-like word and reference-like word in a text that mixes scripts. */
export function checkMixedScript(tokens: readonly IToken[], lines: LineMap, file: string): Diagnostic[] {
  const bag = new DiagnosticBag(file);
  const report = (word: string, start: number) => {
    const verdict = unmix(word);
    if (!verdict) return;
    const range = lines.range(start, start + word.length);
    bag.add('TRT1006', range, { word, letters: describeLetters(verdict.replaced, verdict.from), fixed: verdict.fixed }, {
      fix: { message: { kk: `«${verdict.fixed}» деп түзету`, en: `replace with «${verdict.fixed}»` }, range, replacement: verdict.fixed },
    });
  };
  for (const token of tokens) {
    if (TEXT_TOKENS.has(token.tokenType.name)) {
      // A text with no Latin letter at all (nearly every text of an act) can hold no mixed word.
      if (!HAS_LATIN.test(token.image)) continue;
      for (const { word, start } of candidateWords(token.image)) {
        if (isReferenceLike(word)) report(word, token.startOffset + start);
      }
    } else {
      // A name is compared whole, so «MK-қызметкері» with a Latin «MK» is one mixed name.
      report(token.image, token.startOffset);
    }
  }
  return bag.items;
}
