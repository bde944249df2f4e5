// Kazakhstan's working calendar: Saturdays, Sundays, public holidays (date-holidays, KZ), the government's day transfers.
import Holidays from 'date-holidays';
import transfers from './kz-day-transfers.json' with { type: 'json' };
import { dayOf } from './zone.js';

/** Working hours in minutes of the day: the day's span and its lunch break. */
export interface WorkingHours {
  start: number;
  end: number;
  lunchStart: number;
  lunchEnd: number;
}

/** 9:00–18:30 with lunch 13:00–14:30: the hours the standards of state services print for providers. */
export const DEFAULT_HOURS: WorkingHours = { start: 9 * 60, end: 18 * 60 + 30, lunchStart: 13 * 60, lunchEnd: 14 * 60 + 30 };

export interface Transfer {
  dayOff: string;
  workingDay: string;
}

export const DAY_TRANSFERS: readonly Transfer[] = transfers.transfers;

export class WorkCalendar {
  private readonly years = new Set<number>();
  private readonly holidays = new Map<number, string>();
  private readonly off = new Set<number>();
  private readonly on = new Set<number>();
  private readonly source = new Holidays('KZ');

  constructor(readonly hours: WorkingHours = DEFAULT_HOURS, dayTransfers: readonly Transfer[] = DAY_TRANSFERS) {
    for (const t of dayTransfers) {
      this.off.add(dayOf(t.dayOff));
      this.on.add(dayOf(t.workingDay));
    }
  }

  private loadYear(year: number): void {
    if (this.years.has(year)) return;
    this.years.add(year);
    for (const h of this.source.getHolidays(year)) {
      if (h.type === 'public') this.holidays.set(dayOf(h.date.slice(0, 10)), h.name);
    }
  }

  /** The holiday's name, when the day is one. */
  holiday(day: number): string | undefined {
    this.loadYear(new Date(day * 86_400_000).getUTCFullYear());
    return this.holidays.get(day);
  }

  isWorkingDay(day: number): boolean {
    if (this.on.has(day)) return true;
    if (this.off.has(day)) return false;
    const weekday = new Date(day * 86_400_000).getUTCDay();
    if (weekday === 0 || weekday === 6) return false;
    return this.holiday(day) === undefined;
  }

  nextWorkingDay(day: number): number {
    let d = day;
    while (!this.isWorkingDay(d)) d++;
    return d;
  }
}
