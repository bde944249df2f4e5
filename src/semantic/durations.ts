// Reads duration expressions: numbers in digits and words, units, bounds, anchors and «мерзіміне кірмейді».
import { wordsRange, type DurationExpr, type DurationTerm, type Quantity, type Words } from '../ast/nodes.js';
import type { DiagnosticBag } from '../diagnostics/create.js';
import type { Bilingual } from '../diagnostics/types.js';
import type { Duration, DurationAlternatives, DurationAmount } from './model.js';
import { readNumeral, spellNumeral } from './numerals.js';
import {
  ANCHORS, BOUNDS, CALENDAR_PREFIX, NOT_COUNTED, UNITS, matchPhrase, matchWhole, suggestPhrase, type Unit,
} from './vocabulary.js';

const DURATION_WORD: Bilingual = { kk: 'ұзақтық сөзі', en: 'duration word' };
/** Where the unit belongs, the message names the units, so «апта» (a week) is answered with what is accepted. */
const DURATION_UNIT: Bilingual = {
  kk: 'ұзақтық өлшем бірлігі (секунд, минут, сағат, жұмыс күні, күнтізбелік күн күтілді)',
  en: 'duration unit (expected секунд, минут, сағат, жұмыс күні or күнтізбелік күн)',
};

function hint(suggestion: string | undefined): Bilingual {
  return suggestion ? { kk: `; «${suggestion}» болуы керек пе?`, en: `; did you mean «${suggestion}»?` } : { kk: '', en: '' };
}

function readQuantity(q: Quantity, bag: DiagnosticBag): { value: number; written: DurationAmount['numberWritten'] } | undefined {
  const digits = q.digits !== undefined ? Number.parseFloat(q.digits.replace(',', '.')) : undefined;
  let words: number | undefined;
  if (q.words !== undefined) {
    const read = readNumeral(q.words);
    if (!read.ok) {
      bag.add('TRT2102', q.wordsRange ?? q.range, { words: q.words, reason: read.reason });
    } else {
      words = read.value;
      if (digits !== undefined && digits !== words) {
        bag.add('TRT2101', q.wordsRange ?? q.range, {
          words: q.words,
          wordsValue: words,
          digits: q.digits!,
          expected: spellNumeral(digits) ?? q.digits!,
        }, spellNumeral(digits) ? {
          fix: { message: { kk: `«${spellNumeral(digits)}» деп түзету`, en: `replace with «${spellNumeral(digits)}»` }, range: q.wordsRange ?? q.range, replacement: spellNumeral(digits)! },
        } : {});
      }
    }
  }
  const value = digits ?? words;
  if (value === undefined) return undefined;
  return { value, written: digits !== undefined && q.words !== undefined ? 'digits-and-words' : digits !== undefined ? 'digits' : 'words' };
}

function unknownWords(words: Words, from: number, bag: DiagnosticBag, what: Bilingual = DURATION_WORD): void {
  const rest = words.words.slice(from);
  if (rest.length === 0) return;
  const suggestion = suggestPhrase(rest, UNITS, BOUNDS, ANCHORS, CALENDAR_PREFIX, NOT_COUNTED);
  const range = wordsRange(words, from);
  bag.add('TRT2006', range, { word: rest.join(' '), what, hint: hint(suggestion) }, suggestion ? {
    fix: { message: { kk: `«${suggestion}» деп түзету`, en: `replace with «${suggestion}»` }, range, replacement: suggestion },
  } : {});
}

export function readAmount(term: DurationTerm, bag: DiagnosticBag): DurationAmount | undefined {
  const a = term.amount;
  let calendar = false;
  let anchor: DurationAmount['anchor'] = null;
  const before = a.before.words;
  for (let i = 0; i < before.length; ) {
    const prefix = matchPhrase(CALENDAR_PREFIX, before, i);
    const anchorMatch = prefix ? undefined : matchPhrase(ANCHORS, before, i);
    if (prefix) {
      calendar = true;
      i += prefix.length;
    } else if (anchorMatch) {
      anchor = anchorMatch.value;
      i += anchorMatch.length;
    } else {
      unknownWords(a.before, i, bag);
      break;
    }
  }
  const quantity = readQuantity(a.quantity, bag);
  const after = a.after.words;
  const unitMatch = matchPhrase(UNITS, after);
  let unit: Unit | undefined;
  if (!unitMatch) {
    if (after.length === 0) bag.add('TRT2007', a.range, { what: { kk: 'ұзақтық өлшем бірлігі (минут, сағат, жұмыс күні …)', en: 'the duration unit (минут, сағат, жұмыс күні …)' } });
    else unknownWords(a.after, 0, bag, DURATION_UNIT);
  } else if (unitMatch.value === 'day') {
    if (!calendar) bag.add('TRT2103', a.after.range);
    unit = 'calendar-day';
  } else {
    if (calendar && unitMatch.value !== 'calendar-day') {
      const at = a.before.words.findIndex((w) => matchPhrase(CALENDAR_PREFIX, [w]));
      unknownWords(a.before, Math.max(0, at), bag);
    }
    unit = unitMatch.value;
  }
  let bound: DurationAmount['bound'] = 'exact';
  if (unitMatch && unitMatch.length < after.length) {
    const boundMatch = matchPhrase(BOUNDS, after, unitMatch.length);
    if (boundMatch) bound = boundMatch.value;
    const used = unitMatch.length + (boundMatch?.length ?? 0);
    if (used < after.length) unknownWords(a.after, used, bag);
  }
  let countsTowardTerm = true;
  let note: string | null = null;
  if (a.qualifier) {
    if (matchWhole(NOT_COUNTED, a.qualifier.words.words)) {
      countsTowardTerm = false;
      note = a.qualifier.text ? `${a.qualifier.text.value} ${a.qualifier.words.words.join(' ')}` : a.qualifier.words.words.join(' ');
    } else {
      unknownWords(a.qualifier.words, 0, bag);
    }
  }
  if (!quantity || !unit) return undefined;
  return {
    kind: 'amount',
    value: quantity.value,
    unit,
    bound,
    countsTowardTerm,
    anchor,
    label: term.label && !term.labelIsCondition ? term.label.value : null,
    condition: term.label && term.labelIsCondition ? term.label.value : null,
    note,
    numberWritten: quantity.written,
    written: term.written,
    range: term.range,
  };
}

/** Normalises a whole duration expression; undefined when a part could not be read (already reported). */
export function readDuration(expr: DurationExpr, bag: DiagnosticBag): Duration | undefined {
  let failed = false;
  const parts = expr.parts.map((alternatives): DurationAmount | DurationAlternatives | undefined => {
    const options = alternatives.map((term) => readAmount(term, bag));
    if (options.some((o) => o === undefined) || options.length === 0) {
      failed = true;
      return undefined;
    }
    const read = options as DurationAmount[];
    return read.length === 1 ? read[0] : { kind: 'alternatives', options: read, written: read.map((o) => o.written).join(' немесе ') };
  });
  if (failed || parts.length === 0) return undefined;
  const defined = parts as (DurationAmount | DurationAlternatives)[];
  return defined.length === 1 ? defined[0] : { kind: 'sequence', parts: defined, written: expr.written };
}

const SECONDS: Record<'second' | 'minute' | 'hour', number> = { second: 1, minute: 60, hour: 3600 };

/** ISO 8601 for exact units; working days have no ISO 8601 form. */
export function isoDuration(value: number, unit: Unit): string | null {
  const n = (x: number) => String(Number(x.toFixed(6)));
  switch (unit) {
    case 'second': return `PT${n(value)}S`;
    case 'minute': return `PT${n(value)}M`;
    case 'hour': return `PT${n(value)}H`;
    case 'calendar-day': return `P${n(value)}D`;
    case 'working-day': return null;
  }
}

export function secondsOf(value: number, unit: 'second' | 'minute' | 'hour'): number {
  return value * SECONDS[unit];
}
