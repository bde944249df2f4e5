// Kazakh cardinal numerals: reads «он бес», «екі жүз отыз», «бір жарым» as numbers and spells numbers back.
import numerals from '../../grammar/numerals.json' with { type: 'json' };
import { foldWord } from '../text/characters.js';

const ONES: Record<string, number> = numerals.ones;
const TENS: Record<string, number> = numerals.tens;
const LATIN: Record<string, string> = numerals.latin;
const ONES_BY_VALUE = Object.fromEntries(Object.entries(ONES).map(([w, v]) => [v, w]));
const TENS_BY_VALUE = Object.fromEntries(Object.entries(TENS).map(([w, v]) => [v, w]));

export const MAX_NUMERAL = 1_000_000;

export type NumeralResult = { ok: true; value: number } | { ok: false; reason: { kk: string; en: string } };

const fail = (kk: string, en: string): NumeralResult => ({ ok: false, reason: { kk, en } });

/** Reads one group below a thousand: [ones] [жүз] [tens] [ones]. */
function readGroup(words: string[]): NumeralResult {
  let phase = 0; // 0 start, 1 a leading digit, 2 after жүз, 3 after tens, 4 after final ones
  let leading = 0;
  let total = 0;
  for (const word of words) {
    if (word in ONES) {
      if (phase === 0) {
        leading = ONES[word]!;
        phase = 1;
      } else if (phase === 2 || phase === 3) {
        total += ONES[word]!;
        phase = 4;
      } else return fail(`«${word}» бұл орында тұра алмайды`, `«${word}» cannot follow the words before it`);
    } else if (word in TENS) {
      if (phase !== 0 && phase !== 2) return fail(`«${word}» бұл орында тұра алмайды`, `«${word}» cannot follow the words before it`);
      total += TENS[word]!;
      phase = 3;
    } else if (word === numerals.hundred) {
      if (phase > 1) return fail('«жүз» бұл орында тұра алмайды', '«жүз» cannot follow the words before it');
      total += (phase === 1 ? leading : 1) * 100;
      leading = 0;
      phase = 2;
    } else {
      return fail(`«${word}» — сан емес`, `«${word}» is not a numeral`);
    }
  }
  return { ok: true, value: total + (phase === 1 ? leading : 0) };
}

/** Reads a run of numeral words (Cyrillic or Latin script, any case). */
export function readNumeral(text: string): NumeralResult {
  const words = text.trim().split(/\s+/).map((w) => {
    const folded = foldWord(w);
    return LATIN[folded] ?? folded;
  });
  if (words.length === 1 && words[0] === 'нөл') return { ok: true, value: 0 };
  if (words.includes('нөл')) return fail('«нөл» басқа сөздермен бірге келмейді', '«нөл» cannot be combined with other numerals');
  let total = 0;
  let group: string[] = [];
  let lastMultiplier = Infinity;
  let half = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const multiplier = word === numerals.million ? 1_000_000 : word === numerals.thousand ? 1000 : 0;
    if (multiplier) {
      if (multiplier >= lastMultiplier) return fail(`«${word}» бұл орында тұра алмайды`, `«${word}» cannot follow the words before it`);
      const read = group.length === 0 ? ({ ok: true, value: 1 } as NumeralResult) : readGroup(group);
      if (!read.ok) return read;
      total += read.value * multiplier;
      lastMultiplier = multiplier;
      group = [];
    } else if (word === numerals.half) {
      if (i !== words.length - 1 || (group.length === 0 && total === 0)) {
        return fail('«жарым» санның соңында ғана тұрады', '«жарым» may only end a number');
      }
      half = 0.5;
    } else {
      group.push(word);
    }
  }
  if (group.length > 0) {
    const read = readGroup(group);
    if (!read.ok) return read;
    total += read.value;
  }
  const value = total + half;
  if (value > MAX_NUMERAL) return fail('сан миллионнан асады', 'the number is greater than one million');
  return { ok: true, value };
}

function spellGroup(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10) * 10;
  const ones = n % 10;
  const words: string[] = [];
  if (hundreds > 0) words.push(...(hundreds === 1 ? [] : [ONES_BY_VALUE[hundreds]!]), numerals.hundred);
  if (tens > 0) words.push(TENS_BY_VALUE[tens]!);
  if (ones > 0) words.push(ONES_BY_VALUE[ones]!);
  return words;
}

/** Spells a number from 0 to 1 000 000 (halves allowed) the way the acts write it: 15 → «он бес». */
export function spellNumeral(value: number): string | undefined {
  if (!Number.isFinite(value) || value < 0 || value > MAX_NUMERAL) return undefined;
  const whole = Math.floor(value);
  const fraction = value - whole;
  if (fraction !== 0 && fraction !== 0.5) return undefined;
  if (whole === 0) return fraction === 0 ? 'нөл' : undefined;
  const words: string[] = [];
  const millions = Math.floor(whole / 1_000_000);
  const thousands = Math.floor((whole % 1_000_000) / 1000);
  if (millions > 0) words.push(...spellGroup(millions), numerals.million);
  if (thousands > 0) words.push(...(thousands === 1 ? [ONES_BY_VALUE[1]!] : spellGroup(thousands)), numerals.thousand);
  words.push(...spellGroup(whole % 1000));
  if (fraction) words.push(numerals.half);
  return words.join(' ');
}
