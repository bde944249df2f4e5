// Mends the characters a copy of a printed act carries but its words do not: Latin look-alikes inside Kazakh words, invisible and soft hyphens, odd spaces and dashes.
import { LETTER_CLASS } from '../text/characters.js';

/**
 * Latin letters drawn like Cyrillic ones. Text copied from a PDF often has them inside Kazakh words («aлушы»),
 * and a regular expression for «алушы» does not see them.
 */
const LOOK_ALIKES: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', h: 'һ',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
};
const WORD = new RegExp(`[${LETTER_CLASS}]+`, 'gu');
const CYRILLIC = /[\u0400-\u052F]/u;
const LATIN = /[A-Za-z]/u;

/** A word of Cyrillic and Latin letters at once is a Kazakh word with look-alikes: they become Cyrillic; a Latin word («egov») stays. */
function cyrillicWord(word: string): string {
  if (!CYRILLIC.test(word) || !LATIN.test(word)) return word;
  return word.replace(/[A-Za-z]/gu, (c) => LOOK_ALIKES[c] ?? c);
}

/**
 * One printed line with its characters mended: soft hyphens and zero-width characters dropped (a copy keeps them
 * where the print broke or joined a word), non-breaking and narrow spaces made plain spaces, non-breaking hyphens
 * plain hyphens, em and figure dashes the en dash the acts print («бұдан әрі – …»), look-alike letters Cyrillic.
 */
export function mendCharacters(line: string): string {
  return line
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/gu, '')
    .replace(/[\u00A0\u2007\u202F\u2009\u200A]/gu, ' ')
    .replace(/[\u2010\u2011]/gu, '-')
    .replace(/[\u2012\u2014\u2015]/gu, '–')
    .replace(WORD, cyrillicWord);
}
