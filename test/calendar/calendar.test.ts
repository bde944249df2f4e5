// The working calendar and term arithmetic: time zone, days off, holidays, transfers, working hours, day terms.
import { describe, expect, it } from 'vitest';
import { addDays, addDuration, addWorkingMinutes, workingMoment, type TermRules } from '../../src/calendar/arithmetic.js';
import { DAY_TRANSFERS, DEFAULT_HOURS, WorkCalendar } from '../../src/calendar/work-calendar.js';
import { dayOf, formatLocal, offsetAt, parseFrom, type Local } from '../../src/calendar/zone.js';
import type { DurationAmount } from '../../src/emit/json/model.js';

const ZONE = 'Asia/Almaty';
const calendar = new WorkCalendar();
const rules: TermRules = { calendar, firstDay: 'not-counted' };
const at = (text: string): Local => parseFrom(text, ZONE)!;
const show = (t: Local) => formatLocal(t, ZONE);
const amount = (value: number, unit: DurationAmount['unit']): DurationAmount => ({
  kind: 'amount', value, unit, bound: 'at-most', countsTowardTerm: true, iso: null, anchor: null, label: null, condition: null, note: null, numberWritten: 'digits', written: `${value} ${unit}`,
});

describe('time zone', () => {
  it('is UTC+6 in Almaty before 2024-03-01 and UTC+5 since, as the tz data Node ships says', () => {
    expect(offsetAt(Date.parse('2024-02-29T12:00:00Z'), ZONE)).toBe(360);
    expect(offsetAt(Date.parse('2024-03-01T12:00:00Z'), ZONE)).toBe(300);
    expect(show(at('2024-02-29T10:00'))).toBe('2024-02-29T10:00:00+06:00');
    expect(show(at('2024-03-04T10:00'))).toBe('2024-03-04T10:00:00+05:00');
  });

  it('reads a date, a wall time and an instant with an offset, and rejects what is not ISO 8601', () => {
    expect(show(at('2025-03-07'))).toBe('2025-03-07T00:00:00+05:00');
    expect(show(at('2025-03-07T17:45'))).toBe('2025-03-07T17:45:00+05:00');
    expect(show(at('2025-03-07T12:45:00Z'))).toBe('2025-03-07T17:45:00+05:00');
    expect(show(at('2025-03-07T18:45+06:00'))).toBe('2025-03-07T17:45:00+05:00');
    for (const bad of ['yesterday', '2025-02-30', '2025-03-07T25:00', '07.03.2025']) expect(parseFrom(bad, ZONE), bad).toBeUndefined();
  });
});

describe('working days', () => {
  it('skips Saturdays, Sundays and public holidays (date-holidays, KZ), including the day off for a holiday on a weekend', () => {
    expect(calendar.isWorkingDay(dayOf('2025-03-05'))).toBe(true); // Wednesday
    expect(calendar.isWorkingDay(dayOf('2025-03-08'))).toBe(false); // Saturday, 8 March
    expect(calendar.isWorkingDay(dayOf('2025-03-10'))).toBe(false); // Monday in lieu of 8 March
    expect(calendar.isWorkingDay(dayOf('2025-03-21'))).toBe(false); // Nauryz
    expect(calendar.holiday(dayOf('2025-12-16'))).toBe('Тәуелсіздік күні');
  });

  it('follows the government\'s transfers: a Saturday worked, the day off moved', () => {
    expect(DAY_TRANSFERS.length).toBeGreaterThan(0);
    expect(calendar.isWorkingDay(dayOf('2023-07-01'))).toBe(true); // Saturday worked
    expect(calendar.isWorkingDay(dayOf('2023-07-07'))).toBe(false); // Friday off instead
    expect(new WorkCalendar(DEFAULT_HOURS, []).isWorkingDay(dayOf('2023-07-07'))).toBe(true);
  });
});

describe('term arithmetic', () => {
  it('counts minutes and hours inside working hours, around the lunch break and over the night', () => {
    expect(show(addWorkingMinutes(at('2025-03-05T12:50'), 20, calendar))).toBe('2025-03-05T14:40:00+05:00');
    expect(show(addWorkingMinutes(at('2025-03-05T18:00'), 60, calendar))).toBe('2025-03-06T09:30:00+05:00');
    expect(show(addWorkingMinutes(at('2025-03-05T09:00'), 20 / 60, calendar))).toBe('2025-03-05T09:00:20+05:00');
  });

  it('moves an acceptance after working hours, at lunch or on a weekend to the next working time', () => {
    expect(show(workingMoment(at('2025-03-05T18:45'), calendar))).toBe('2025-03-06T09:00:00+05:00');
    expect(show(workingMoment(at('2025-03-05T13:10'), calendar))).toBe('2025-03-05T14:30:00+05:00');
    expect(show(workingMoment(at('2025-03-15T11:00'), calendar))).toBe('2025-03-17T09:00:00+05:00'); // Saturday → Monday
    expect(show(workingMoment(at('2025-03-05T07:30'), calendar))).toBe('2025-03-05T09:00:00+05:00');
  });

  it('moves a due date by the holiday a start just before it meets', () => {
    const ordinary = addDays(at('2025-03-12T10:00'), 3, 'working-day', rules); // Wed → Mon 17th
    const beforeNauryz = addDays(at('2025-03-19T10:00'), 3, 'working-day', rules); // Wed; 21–25 March are off
    expect(show(ordinary)).toBe('2025-03-17T18:30:00+05:00');
    expect(show(beforeNauryz)).toBe('2025-03-27T18:30:00+05:00');
    expect(new WorkCalendar(DEFAULT_HOURS, []).isWorkingDay(dayOf('2025-03-26'))).toBe(true);
  });

  it('ends a term in calendar days on the next working day when its last day is off (Civil Code art. 173)', () => {
    expect(show(addDays(at('2025-03-03T10:00'), 5, 'calendar-day', rules))).toBe('2025-03-11T18:30:00+05:00'); // 8th Sat, 9th Sun, 10th off
    expect(show(addDays(at('2025-03-03T10:00'), 2, 'calendar-day', rules))).toBe('2025-03-05T18:30:00+05:00');
  });

  it('counts the day of acceptance only when told to (--first-day counted)', () => {
    const counted: TermRules = { calendar, firstDay: 'counted' };
    expect(show(addDays(at('2025-03-03T10:00'), 1, 'working-day', rules))).toBe('2025-03-04T18:30:00+05:00');
    expect(show(addDays(at('2025-03-03T10:00'), 1, 'working-day', counted))).toBe('2025-03-03T18:30:00+05:00');
    expect(show(addDays(at('2025-03-03T10:00'), 2, 'calendar-day', counted))).toBe('2025-03-04T18:30:00+05:00');
  });

  it('takes the latest of alternatives and adds parts in sequence', () => {
    const start = at('2025-03-03T10:00');
    expect(show(addDuration(start, { kind: 'alternatives', options: [amount(1, 'working-day'), amount(2, 'working-day')], written: '' }, rules))).toBe('2025-03-05T18:30:00+05:00');
    expect(show(addDuration(start, { kind: 'sequence', parts: [amount(1, 'working-day'), amount(30, 'minute')], written: '' }, rules))).toBe('2025-03-05T09:30:00+05:00');
  });

  it('keeps working hours configurable', () => {
    const short = new WorkCalendar({ start: 8 * 60, end: 17 * 60, lunchStart: 12 * 60, lunchEnd: 13 * 60 });
    expect(show(addWorkingMinutes(at('2025-03-05T16:30'), 60, short))).toBe('2025-03-06T08:30:00+05:00');
  });
});
