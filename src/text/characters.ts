// Character classes of the language, written as explicit code-point ranges (never \p{L}: Chevrotain 11 misreads it).

/** Letters: ASCII, Latin-1/Extended (Kazakh Latin ä ğ ñ ö ū ü ı ş ç), Cyrillic with Kazakh letters, Cyrillic Supplement. */
export const LETTER_CLASS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0400-\\u0481\\u048A-\\u052F';
/** Combining marks (e.g. a decomposed «й» pasted from Word) may continue a word. */
export const MARK_CLASS = '\\u0300-\\u036F\\u0483-\\u0489';

export function isLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x400 && code <= 0x481) ||
    (code >= 0x48a && code <= 0x52f)
  );
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isMark(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x483 && code <= 0x489);
}

/** A character that continues a word (identifier or keyword). */
export function isWordChar(code: number): boolean {
  return isLetter(code) || isDigit(code) || code === 0x5f || isMark(code);
}

/**
 * True when a word ending just before `pos` really ends there: the next character does not
 * continue it, and a hyphen does not join another word part («алушы-өкілі» is one word).
 */
export function isWordBoundary(text: string, pos: number): boolean {
  if (pos >= text.length) return true;
  const code = text.charCodeAt(pos);
  if (isWordChar(code)) return false;
  if (code === 0x2d && pos + 1 < text.length && isWordChar(text.charCodeAt(pos + 1))) return false;
  return true;
}

/** Horizontal whitespace allowed between the words of a multi-word keyword or numeral. */
export function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

export function isAnySpace(code: number): boolean {
  return isInlineSpace(code) || code === 0x0a || code === 0x0d;
}

/**
 * Folds one character for case-insensitive matching. Kazakh Latin pairs «I» with dotless «ı», which
 * plain lower-casing cannot know, so «İ», «I», «ı» and «i» all fold to «i».
 */
export function foldChar(code: number): number {
  return code < FOLD_TABLE.length ? FOLD_TABLE[code]! : (FOLD_CACHE.get(code) ?? cacheFold(code));
}

/** Other characters are folded once each: on garbage input (NUL, RTL marks, lone surrogates) the
 * lexer's error recovery asks at every offset, and lower-casing them each time doubled its cost. */
const FOLD_CACHE = new Map<number, number>();

function cacheFold(code: number): number {
  const folded = slowFold(code);
  FOLD_CACHE.set(code, folded);
  return folded;
}

function slowFold(code: number): number {
  if (code === 0x130 || code === 0x131) return 0x69;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** Folding is on the lexer's hot path: precomputed for Latin and Cyrillic, where keywords live. */
const FOLD_TABLE = Uint16Array.from({ length: 0x530 }, (_, code) => slowFold(code));

export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(foldChar(word.charCodeAt(i)));
  return out;
}
