// `tartip deadline <file> --from <ISO date-time>`: the due time of every step and of the service, per channel.
import type { FirstDay } from '../../calendar/arithmetic.js';
import { channelsOf, deadlines } from '../../calendar/deadlines.js';
import { deadlineReport, formatDeadlineText } from '../../calendar/format.js';
import { DEFAULT_HOURS, WorkCalendar, type WorkingHours } from '../../calendar/work-calendar.js';
import { isZone, parseFrom } from '../../calendar/zone.js';
import type { Language } from '../../diagnostics/format-text.js';
import { loadDefinition } from '../load-definition.js';
import { printOutputReport } from '../report.js';
import { UsageError, findSources } from '../sources.js';

export interface DeadlineOptions {
  from: string;
  channel?: string;
  format: 'text' | 'json';
  firstDay: FirstDay;
  zone: string;
  hours?: string;
  lunch?: string;
  language: Language;
  color: boolean;
}

const CLOCK = /^(\d{1,2}):(\d{2})$/;

function clock(text: string, option: string): number {
  const m = CLOCK.exec(text.trim());
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) throw new UsageError('TRT9042', { option, value: text, expected: 'HH:MM-HH:MM' });
  return Number(m[1]) * 60 + Number(m[2]);
}

function span(text: string | undefined, option: string): [number, number] | undefined {
  if (text === undefined) return undefined;
  const parts = text.split('-');
  if (parts.length !== 2) throw new UsageError('TRT9042', { option, value: text, expected: 'HH:MM-HH:MM' });
  const [a, b] = [clock(parts[0]!, option), clock(parts[1]!, option)];
  if (a > b) throw new UsageError('TRT9042', { option, value: text, expected: 'HH:MM-HH:MM, the start before the end' });
  return [a, b];
}

/** `--hours 09:00-18:30 --lunch 13:00-14:30`; `--lunch none` for a day without a break. */
export function workingHours(hours: string | undefined, lunch: string | undefined): WorkingHours {
  const [start, end] = span(hours, '--hours') ?? [DEFAULT_HOURS.start, DEFAULT_HOURS.end];
  const [lunchStart, lunchEnd] = lunch === 'none' ? [end, end] : span(lunch, '--lunch') ?? [DEFAULT_HOURS.lunchStart, DEFAULT_HOURS.lunchEnd];
  if (start >= end || (lunchStart < lunchEnd && (lunchStart < start || lunchEnd > end))) {
    throw new UsageError('TRT9042', { option: '--hours/--lunch', value: `${hours ?? ''} ${lunch ?? ''}`.trim(), expected: 'a working day with the lunch break inside it' });
  }
  return { start, end, lunchStart, lunchEnd };
}

export function runDeadline(file: string, options: DeadlineOptions, stdout: (s: string) => void, stderr: (s: string) => void): number {
  if (!/\.(tartip|json)$/i.test(file)) throw new UsageError('TRT9006', { option: 'deadline', value: file, expected: 'a .tartip source or a .json definition' });
  if (!isZone(options.zone)) throw new UsageError('TRT9043', { zone: options.zone });
  const from = parseFrom(options.from, options.zone);
  if (!from) throw new UsageError('TRT9040', { value: options.from });
  const calendar = new WorkCalendar(workingHours(options.hours, options.lunch));
  const loaded = loadDefinition(findSources([file])[0]!);
  if (!loaded.definition) {
    printOutputReport({ language: options.language, color: options.color, sources: loaded.lines }, loaded.diagnostics, 1, true, stderr);
    return loaded.diagnostics.some((d) => d.code.startsWith('TRT9')) ? 2 : 1;
  }
  const def = loaded.definition;
  const channels = channelsOf(def);
  if (options.channel !== undefined && !channels.includes(options.channel)) {
    throw new UsageError('TRT9041', { channel: options.channel, channels: channels.join(', ') });
  }
  const rules = { calendar, firstDay: options.firstDay };
  const report = deadlineReport(def, from, deadlines(def, from, rules, options.channel), options.zone, options.firstDay);
  stdout(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatDeadlineText(report, calendar, from));
  return 0;
}
