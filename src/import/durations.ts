// Finds the act's durations in a step's sentence — «(отыз минуттан аспайды)», «30 (отыз) минут», «күнтізбелік он күн ішінде» — and writes them in the language.
import { readNumeral } from '../semantic/numerals.js';
import { squeeze } from './normalise.js';

export interface FoundDuration {
  /** The duration as the draft writes it after «ұзақтығы:». */
  written: string;
  /** Where the printed duration stands in the sentence (with its parentheses). */
  start: number;
  end: number;
}

const UNIT = /(секунд|минут|сағат|жұмыс\s+күн|күнтізбелік|күн)/u;
const NOT_COUNTED = /^(.*?)\s*мерзіміне\s+кірмейді$/u;
const IN_CASE = /^(.+?)\s+(жағдайда|жағдайларда|кезде)\s*[–—-]\s*(.+)$/u;
const NUMBER = /^(?:\d+(?:,\d+)?(?:\s*\([а-яәғқңөұүһі\s]+\))?|[а-яәғқңөұүһі]+(?:\s+[а-яәғқңөұүһі]+)*)$/u;

/** True when the words read as an amount: [күнтізбелік] number unit [bound]. */
export function readsAsAmount(text: string): boolean {
  const t = squeeze(text).toLocaleLowerCase('kk');
  const m = t.match(/^(?:(түскен|жүгінген)\s+күні\s*[–—-]\s*)?(күнтізбелік\s+)?(.+?)\s+(секунд|минут|сағат|жұмыс\s+күн|күнтізбелік\s+күн|күн)\S*(?:\s+(аспайды|ішінде))?$/u);
  if (!m || !NUMBER.test(m[3]!)) return false;
  const words = m[3]!.replace(/^\d+(?:,\d+)?\s*/, '').replace(/[()]/g, '').trim();
  if (/^\d/.test(m[3]!)) return words === '' || readNumeral(words).ok;
  const read = readNumeral(m[3]!);
  return read.ok;
}

/** One printed duration in the language's form; undefined when it does not read as one. */
export function writeDuration(printed: string): string | undefined {
  const text = squeeze(printed);
  const parts = text.split(/\s*;\s*/u).filter(Boolean);
  const written: string[] = [];
  for (const part of parts) {
    const comma = part.indexOf(',');
    let amount = comma >= 0 ? part.slice(0, comma) : part;
    let qualifier = '';
    if (comma >= 0) {
      const rest = squeeze(part.slice(comma + 1));
      const notCounted = rest.match(NOT_COUNTED);
      // «бір жұмыс күні ішінде, көрсетілетін қызметті алушы … өтініш берген жағдайда – төрт жұмыс күні ішінде»: another amount in a case.
      const inCase = notCounted ? null : rest.match(IN_CASE);
      if (inCase && readsAsAmount(inCase[3]!)) qualifier = ` немесе «${inCase[1]}» ${inCase[2]} – ${squeeze(inCase[3]!)}`;
      else if (!notCounted) return undefined;
      else qualifier = `, «${notCounted[1]}» мерзіміне кірмейді`;
    }
    let label = '';
    const dash = amount.match(/^(.+?)\s+[–—-]\s+(.+)$/u);
    if (dash && !readsAsAmount(amount) && readsAsAmount(dash[2]!)) {
      const head = dash[1]!;
      const cond = head.match(/^(.*?)\s+(жағдайда|жағдайларда|кезде)$/u);
      label = cond ? `«${cond[1]}» ${cond[2]} – ` : `«${head}» – `;
      amount = dash[2]!;
    }
    if (!readsAsAmount(amount)) return undefined;
    written.push(label + squeeze(amount) + qualifier);
  }
  return written.length ? written.join('; ') : undefined;
}

const GROUP = /\(([^()]*(?:\([^()]*\)[^()]*)*)\)/gu;
/** A group that names a time unit and a number: meant as a duration, whether or not it reads as one. */
const MEANT = /(\d|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу)[^()]*?(секунд|минут|сағат|күн)/iu;

/** The parenthesised durations of a sentence, in order. */
export function findDurations(sentence: string): FoundDuration[] {
  const found: FoundDuration[] = [];
  for (const m of sentence.matchAll(GROUP)) {
    if (!UNIT.test(m[1]!)) continue;
    const written = writeDuration(m[1]!);
    if (written) found.push({ written, start: m.index!, end: m.index! + m[0].length });
  }
  return found;
}

/** Parenthesised groups that look like durations but do not read as one: left for the analyst. */
export function unreadDurations(sentence: string): string[] {
  return [...sentence.matchAll(GROUP)].map((m) => squeeze(m[1]!)).filter((g) => MEANT.test(g) && !writeDuration(g));
}
