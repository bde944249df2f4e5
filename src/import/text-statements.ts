// Writes what a paragraph says verbatim: a «мәтін:» with its references, and the abbreviations the sentence declares.
import { appendixRefs, quote, standardRefs } from './phrases.js';
import type { DraftWriter } from './writer.js';

/** A sentence kept as the act prints it, with its references to the standard and the appendices. */
export function writeText(text: string, w: DraftWriter): void {
  const refs = [...standardRefs(text), ...appendixRefs(text)];
  w.line(`мәтін: ${quote(text, w.indent)}${refs.length ? ` ${refs.join(' ')}` : ''}`);
  writeAbbreviations(text, w);
}

/** «электрондық цифрлық қолтаңбасы (бұдан әрі – ЭЦҚ)» declares an abbreviation the rest of the act uses. */
export function writeAbbreviations(text: string, w: DraftWriter): void {
  for (const m of text.matchAll(/((?:[а-яәғқңөұүһі]+\s+){1,4})\(\s*бұдан\s+әрі\s*[–—-]\s*([А-ЯӘҒҚҢӨҰҮҺІ]{2,6})\s*\)/gu)) {
    const words = m[1]!.trim().split(' ');
    const letters = m[2]!.toLocaleLowerCase('kk');
    // The full form is the run of words whose initials spell the abbreviation.
    const full = words.slice(-letters.length);
    if (full.map((x) => x[0]).join('') !== letters) continue;
    const last = full[full.length - 1]!.replace(/(сы|сі|ы|і)$/u, '');
    w.line(`қысқарту ${m[2]}: ${quote([...full.slice(0, -1), last].join(' '))}`);
  }
}
