// Adds the act's durations to a moment: time inside working hours, working days, calendar days (Civil Code arts. 171–174).
import type { Duration, DurationAmount } from '../emit/json/model.js';
import type { WorkCalendar } from './work-calendar.js';
import type { Local } from './zone.js';

/**
 * Whether the day a term starts from counts as its first day. Civil Code art. 171: a term set as a period
 * starts the day after the date or event that begins it (`not-counted`, the default); an act may say otherwise.
 */
export type FirstDay = 'counted' | 'not-counted';

export interface TermRules {
  calendar: WorkCalendar;
  firstDay: FirstDay;
}

const MINUTES: Record<'second' | 'minute' | 'hour', number> = { second: 1 / 60, minute: 1, hour: 60 };

/** The moment work can start: acceptance outside working hours or on a day off waits for the next working time. */
export function workingMoment(t: Local, calendar: WorkCalendar): Local {
  const h = calendar.hours;
  if (!calendar.isWorkingDay(t.day) || t.minute >= h.end) return { day: calendar.nextWorkingDay(t.day + (calendar.isWorkingDay(t.day) ? 1 : 0)), minute: h.start };
  if (t.minute < h.start) return { day: t.day, minute: h.start };
  if (t.minute >= h.lunchStart && t.minute < h.lunchEnd) return { day: t.day, minute: h.lunchEnd };
  return t;
}

function intervals(calendar: WorkCalendar): [number, number][] {
  const h = calendar.hours;
  return h.lunchStart < h.lunchEnd ? [[h.start, h.lunchStart], [h.lunchEnd, h.end]] : [[h.start, h.end]];
}

/** Minutes and hours run only inside working hours: the lunch break, evenings and days off do not count. */
export function addWorkingMinutes(t: Local, minutes: number, calendar: WorkCalendar): Local {
  if (minutes <= 0) return t;
  let { day, minute } = workingMoment(t, calendar);
  let left = minutes;
  for (;;) {
    for (const [a, b] of intervals(calendar)) {
      if (b <= minute) continue;
      const from = Math.max(minute, a);
      if (left <= b - from) return { day, minute: from + left };
      left -= b - from;
      minute = b;
    }
    day = calendar.nextWorkingDay(day + 1);
    minute = calendar.hours.start;
  }
}

/**
 * A term in days ends when the last day's working hours end (art. 174: the operations stop then); a term
 * whose last day is a day off ends on the next working day (art. 173). Working days skip days off.
 */
export function addDays(t: Local, days: number, unit: 'working-day' | 'calendar-day', rules: TermRules): Local {
  const { calendar } = rules;
  const n = Math.ceil(days);
  if (n <= 0) return t;
  let last: number;
  if (unit === 'calendar-day') {
    last = calendar.nextWorkingDay(t.day + (rules.firstDay === 'counted' ? n - 1 : n));
  } else {
    let day = rules.firstDay === 'counted' && calendar.isWorkingDay(t.day) ? t.day : calendar.nextWorkingDay(t.day + 1);
    for (let counted = 1; counted < n; counted++) day = calendar.nextWorkingDay(day + 1);
    last = day;
  }
  return { day: last, minute: calendar.hours.end };
}

function addAmount(t: Local, a: DurationAmount, rules: TermRules): Local {
  if (a.unit === 'working-day' || a.unit === 'calendar-day') return addDays(t, a.value, a.unit, rules);
  return addWorkingMinutes(t, a.value * MINUTES[a.unit], rules.calendar);
}

const later = (a: Local, b: Local) => (a.day > b.day || (a.day === b.day && a.minute > b.minute) ? a : b);

/** Parts in sequence follow one another; of alternatives («немесе») the latest end is the due time. */
export function addDuration(t: Local, d: Duration | null, rules: TermRules): Local {
  if (!d) return t;
  switch (d.kind) {
    case 'amount': return addAmount(t, d, rules);
    case 'alternatives': return d.options.map((o) => addAmount(t, o, rules)).reduce(later);
    case 'sequence': return d.parts.reduce((at, part) => addDuration(at, part, rules), t);
  }
}
