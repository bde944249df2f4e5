// Wall-clock time in a time zone (Asia/Almaty by default) from Intl's tz data: offsets, conversions, ISO 8601.

/** A civil moment: the day as days since 1970-01-01 and the minute of that day, in the zone's wall time. */
export interface Local {
  day: number;
  minute: number;
}

export const DEFAULT_ZONE = 'Asia/Almaty';
const MINUTE = 60_000;
const DAY_MINUTES = 1440;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether Intl knows the zone (a wrong `--zone` is a usage error, not a crash). */
export function isZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in minutes (+300 for Asia/Almaty since 2024-03-01, +360 before). */
export function offsetAt(instant: number, zone: string): number {
  const parts = Object.fromEntries(formatter(zone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / MINUTE);
}

/** The instant of a wall-clock moment. A moment the zone skipped or repeated takes the offset in force just before. */
export function toInstant(local: Local, zone: string): number {
  const wall = (local.day * DAY_MINUTES + local.minute) * MINUTE;
  let offset = offsetAt(wall, zone);
  offset = offsetAt(wall - offset * MINUTE, zone);
  return wall - offset * MINUTE;
}

export function toLocal(instant: number, zone: string): Local {
  const wallMinutes = Math.floor(instant / MINUTE) + offsetAt(instant, zone);
  return { day: Math.floor(wallMinutes / DAY_MINUTES), minute: ((wallMinutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

export function dateOf(day: number): string {
  return new Date(day * DAY_MINUTES * MINUTE).toISOString().slice(0, 10);
}

export function dayOf(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / (DAY_MINUTES * MINUTE));
}

/** «2025-03-10T18:30:00+05:00»: the wall time with the offset in force then. */
export function formatLocal(local: Local, zone: string): string {
  const offset = offsetAt(toInstant(local, zone), zone);
  const sign = offset < 0 ? '-' : '+';
  // Seconds appear where a term is in seconds («20 секунд»); the due time is never rounded down.
  const seconds = Math.ceil(Math.round(local.minute * 60 * 1000) / 1000);
  const clock = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return `${dateOf(local.day)}T${clock}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads `--from`: a date («2025-03-07», the start of that day), a wall time in the zone («2025-03-07T17:45»),
 * or an instant with an offset or Z, shown in the zone's wall time. Undefined when it is not ISO 8601.
 */
export function parseFrom(text: string, zone: string): Local | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [, date, hh = '00', mm = '00', , tz] = m;
  const day = dayOf(date!);
  const hour = Number(hh);
  const minute = Number(mm);
  if (Number.isNaN(day) || dateOf(day) !== date || hour > 23 || minute > 59) return undefined;
  if (!tz) return { day, minute: hour * 60 + minute };
  const offset = tz === 'Z' ? 0 : (tz[0] === '-' ? -1 : 1) * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(-2)));
  return toLocal((day * DAY_MINUTES + hour * 60 + minute - offset) * MINUTE, zone);
}
