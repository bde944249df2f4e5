// The deadline report: `--format json` ({ act, from, channels: [{ channel, due, steps: [{ step, due }] }] }) and text.
import type { ProcessDefinition } from '../emit/json/model.js';
import type { FirstDay } from './arithmetic.js';
import type { Deadlines } from './deadlines.js';
import type { WorkCalendar } from './work-calendar.js';
import { dateOf, formatLocal, type Local } from './zone.js';

export interface DeadlineReport {
  act: string;
  from: string;
  /** When counting starts: the acceptance moved into working hours. */
  start: string;
  zone: string;
  firstDay: FirstDay;
  channels: {
    channel: string;
    procedure: string;
    due: string;
    /** The total term the act states for the channel, from the start; absent when it states none. */
    termDue?: string;
    steps: { step: string; label: string; due: string }[];
  }[];
}

export function deadlineReport(def: ProcessDefinition, from: Local, d: Deadlines, zone: string, firstDay: FirstDay): DeadlineReport {
  return {
    act: def.source,
    from: formatLocal(from, zone),
    start: formatLocal(d.start, zone),
    zone,
    firstDay,
    channels: d.procedures.map((p) => ({
      channel: p.channel,
      procedure: p.procedure,
      due: formatLocal(p.due, zone),
      ...(p.term ? { termDue: formatLocal(p.term, zone) } : {}),
      steps: p.steps.map((s) => ({ step: s.step, label: s.label, due: formatLocal(s.due, zone) })),
    })),
  };
}

const WEEKDAYS = ['жексенбі/Sun', 'дүйсенбі/Mon', 'сейсенбі/Tue', 'сәрсенбі/Wed', 'бейсенбі/Thu', 'жұма/Fri', 'сенбі/Sat'];

function when(iso: string): string {
  const day = Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} (${WEEKDAYS[new Date(day * 86_400_000).getUTCDay()]}, ${iso.slice(19)})`;
}

/** Why the start moved, in words: a day off named by its holiday, or the end of the working day. */
function moved(r: DeadlineReport, calendar: WorkCalendar, from: Local): string {
  if (r.start === r.from) return '';
  const holiday = calendar.holiday(from.day);
  const why = holiday ? `${dateOf(from.day)}: ${holiday}` : calendar.isWorkingDay(from.day) ? 'жұмыс уақытынан тыс / outside working hours' : 'демалыс күні / day off';
  return ` → ${when(r.start)} [${why}]`;
}

export function formatDeadlineText(r: DeadlineReport, calendar: WorkCalendar, from: Local): string {
  const lines = [`${r.act}`, `қабылданды / accepted: ${when(r.from)}${moved(r, calendar, from)}`];
  for (const c of r.channels) {
    lines.push('', `${c.channel} (${c.procedure}): ${when(c.due)}`);
    for (const s of c.steps) lines.push(`  ${s.label.padEnd(12)} ${when(s.due)}`);
    if (c.termDue) lines.push(`  актідегі мерзім / term the act states: ${when(c.termDue)}`);
  }
  return `${lines.join('\n')}\n`;
}
