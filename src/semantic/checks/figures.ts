// Duration arithmetic by unit family: elapsed time (seconds), calendar days and working days are kept
// apart and converted only where the conversion is certain, and the sums are worded in both languages.
import type { Bilingual } from '../../diagnostics/types.js';
import type { Duration, DurationAmount } from '../model.js';
import type { Unit } from '../vocabulary.js';

/** A sum of durations, one figure per unit family. */
export interface Figures {
  seconds: number;
  calendarDays: number;
  workingDays: number;
}

export type Family = 'time' | 'calendar-day' | 'working-day';

export const ZERO: Figures = { seconds: 0, calendarDays: 0, workingDays: 0 };

const SECONDS: Partial<Record<Unit, number>> = { second: 1, minute: 60, hour: 3600 };
const DAY = 86_400;

export function familyOf(unit: Unit): Family {
  return unit === 'working-day' || unit === 'calendar-day' ? unit : 'time';
}

export function add(a: Figures, b: Figures): Figures {
  return { seconds: a.seconds + b.seconds, calendarDays: a.calendarDays + b.calendarDays, workingDays: a.workingDays + b.workingDays };
}

function amount(a: DurationAmount, countedOnly: boolean): Figures {
  if (countedOnly && !a.countsTowardTerm) return ZERO;
  if (a.unit === 'working-day') return { ...ZERO, workingDays: a.value };
  if (a.unit === 'calendar-day') return { ...ZERO, calendarDays: a.value };
  return { ...ZERO, seconds: a.value * SECONDS[a.unit]! };
}

/**
 * The least a path's allowance can be in the given family. A working day is at least one calendar day
 * and a calendar day is 24 hours; a calendar day is never counted as a working day (it may be a holiday),
 * and time is not counted in working days (a working day has no fixed length in the acts).
 */
export function leastIn(f: Figures, family: Family): number {
  switch (family) {
    case 'time': return f.seconds + DAY * (f.calendarDays + f.workingDays);
    case 'calendar-day': return f.calendarDays + f.workingDays + f.seconds / DAY;
    case 'working-day': return f.workingDays;
  }
}

/**
 * The figures of a duration: parts in sequence add up; of alternatives («немесе») the longest in the
 * family being compared counts. `countedOnly` leaves out what «мерзіміне кірмейді».
 */
export function figuresOf(duration: Duration | undefined, family: Family, countedOnly = true): Figures {
  if (!duration) return ZERO;
  switch (duration.kind) {
    case 'amount': return amount(duration, countedOnly);
    case 'alternatives': {
      let best = ZERO;
      for (const option of duration.options) {
        const f = amount(option, countedOnly);
        if (leastIn(f, family) > leastIn(best, family)) best = f;
      }
      return best;
    }
    case 'sequence': return duration.parts.reduce((sum, part) => add(sum, figuresOf(part, family, countedOnly)), ZERO);
  }
}

/** A term's families: a term that mixes families cannot be compared and yields undefined. */
export function termFamily(f: Figures): Family | undefined {
  const families: Family[] = [];
  if (f.seconds > 0) families.push('time');
  if (f.calendarDays > 0) families.push('calendar-day');
  if (f.workingDays > 0) families.push('working-day');
  return families.length === 1 ? families[0] : undefined;
}

/** 14.0699… → «14,07» in Kazakh, «14.07» in English. */
export function formatNumber(value: number): Bilingual {
  const text = String(Number(value.toFixed(2)));
  return { kk: text.replace('.', ','), en: text };
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

function describeTime(seconds: number): Bilingual {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Number((seconds % 60).toFixed(2));
  const kk: string[] = [];
  const en: string[] = [];
  if (h > 0) { kk.push(`${h} сағат`); en.push(`${h} ${plural(h, 'hour', 'hours')}`); }
  if (m > 0) { kk.push(`${m} минут`); en.push(`${m} ${plural(m, 'minute', 'minutes')}`); }
  if (s > 0 || (h === 0 && m === 0)) {
    const n = formatNumber(s);
    kk.push(`${n.kk} секунд`);
    en.push(`${n.en} ${plural(s, 'second', 'seconds')}`);
  }
  return { kk: kk.join(' '), en: en.join(' ') };
}

/** «2 жұмыс күні + 14 күнтізбелік күн + 1 сағат 40 минут». */
export function describeFigures(f: Figures): Bilingual {
  const parts: Bilingual[] = [];
  if (f.workingDays > 0) {
    const n = formatNumber(f.workingDays);
    parts.push({ kk: `${n.kk} жұмыс күні`, en: `${n.en} ${plural(f.workingDays, 'working day', 'working days')}` });
  }
  if (f.calendarDays > 0) {
    const n = formatNumber(f.calendarDays);
    parts.push({ kk: `${n.kk} күнтізбелік күн`, en: `${n.en} ${plural(f.calendarDays, 'calendar day', 'calendar days')}` });
  }
  if (f.seconds > 0 || parts.length === 0) parts.push(describeTime(f.seconds));
  return { kk: parts.map((p) => p.kk).join(' + '), en: parts.map((p) => p.en).join(' + ') };
}
