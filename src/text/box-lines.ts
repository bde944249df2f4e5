// How many lines a chart box's text takes: one estimate shared by the checker's warning and the chart writer.

/** A box never prints more lines than this (the acts' appendices never do). */
export const MAX_BOX_LINES = 10;

/** Narrowest and widest a chart lets its boxes' text run, in pixels of the 13 px box type. */
export const MIN_TEXT_WIDTH = 180;
export const MAX_TEXT_WIDTH = 360;

/** No word is set wider than this many characters: a longer one is broken (a hostile 3 000-letter word included). */
export const MAX_WORD = 20;

/**
 * Advance of one character of 13 px DejaVu Sans, rounded up from Chromium's measurements so the estimate
 * errs towards more lines: capitals and wide letters, narrow punctuation, the rest.
 */
function advance(ch: string): number {
  if (ch === ' ') return 4.2;
  if (/[.,:;!|'()\[\]]/u.test(ch)) return 4.8;
  if (/[\p{Lu}шщжюмыфШЩЖЮМЫФ]/u.test(ch)) return 11;
  return 8.2;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += advance(ch);
  return width;
}

/**
 * Splits a word longer than MAX_WORD characters into pieces a line can hold. A hyphenated word
 * («құрылымдық-функционалдық») already breaks after its hyphens, so only a longer part is split.
 */
export function breakLongWord(word: string): string[] {
  const pieces: string[] = [];
  for (const part of word.split(/(?<=-)/u)) {
    const chars = [...part];
    for (let i = 0; i < chars.length; i += MAX_WORD) pieces.push(chars.slice(i, i + MAX_WORD).join(''));
  }
  return pieces.length === 0 ? [word] : pieces;
}

/** The lines a text wraps into at `width` pixels, greedily at spaces, long words broken. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter((w) => w !== '').flatMap(breakLongWord)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Lines of a box holding these texts (each starts a line of its own) at `width`. */
export function boxLineCount(texts: string[], width: number): number {
  return texts.reduce((n, t) => n + Math.max(1, wrapText(t, width).length), 0);
}

/** The narrowest text width (MIN … MAX) at which the texts fit in MAX_BOX_LINES lines, or null when none does. */
export function fittingWidth(texts: string[]): number | null {
  for (let width = MIN_TEXT_WIDTH; width <= MAX_TEXT_WIDTH; width += 20) {
    if (boxLineCount(texts, width) <= MAX_BOX_LINES) return width;
  }
  return null;
}
