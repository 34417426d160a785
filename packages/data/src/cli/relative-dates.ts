/// <reference types="node" />
/**
 * Relative dates in content files (`today`, `today+21d`, `today-3dT18:30`), so that the sample
 * feed always has upcoming events and open calls whatever day it is built.
 */

const RELATIVE = /^today(?:([+-])(\d{1,5})d)?(?:T(\d\d):(\d\d))?$/;

/** Today's date (`YYYY-MM-DD`) as the clocks of `timeZone` show it. */
export function todayIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type == type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The UTC offset of `timeZone` at an instant, in minutes (Paris in summer: 120). */
function offsetMinutes(instant: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type == 'timeZoneName')?.value;
  const [, sign, hours = '0', minutes = '0'] = /GMT([+-])(\d\d):(\d\d)/.exec(name ?? '') ?? [];
  return (sign == '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

const formatOffset = (minutes: number) => {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/**
 * `s` resolved against `today` (`YYYY-MM-DD`): a plain date without a time, or an RFC 3339
 * date-time with the offset `timeZone` has on that date. `undefined` when `s` is not relative.
 */
export function resolveRelativeDate(s: string, today: string, timeZone: string): string | undefined {
  const match = RELATIVE.exec(s);
  if (!match) return undefined;
  const [, sign, days = '0', hours, minutes] = match;
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + (sign == '-' ? -1 : 1) * Number(days));
  const date = day.toISOString().slice(0, 10);
  if (hours === undefined) return date;
  // The offset in force at that wall-clock time: first guessed from the wall time read as UTC,
  // then read again at the instant that guess gives, which is right on both sides of a DST change.
  const wall = Date.parse(`${date}T${hours}:${minutes}:00Z`);
  const offset = offsetMinutes(wall - offsetMinutes(wall, timeZone) * 60_000, timeZone);
  return `${date}T${hours}:${minutes}:00${formatOffset(offset)}`;
}

/** A copy of `value` with every relative date string in it resolved. */
export function resolveRelativeDates(value: unknown, today: string, timeZone: string): unknown {
  if (typeof value == 'string') return resolveRelativeDate(value, today, timeZone) ?? value;
  if (Array.isArray(value)) return value.map((v) => resolveRelativeDates(v, today, timeZone));
  if (value && typeof value == 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRelativeDates(v, today, timeZone)]));
  }
  return value;
}
