/**
 * Calendar-day helpers. A "day" is a local calendar date in the user's IANA
 * time zone, written "YYYY-MM-DD". Instants are turned into days exactly once
 * (with Intl.DateTimeFormat, so DST and odd offsets are handled by the
 * platform); all further arithmetic is on day numbers (days since 1970-01-01
 * as a civil date), which have no DST at all.
 */

const MS_PER_DAY = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // Throws RangeError for an unknown time zone.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone (or "UTC") the platform knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** `timeZone` when it is valid, otherwise `fallback` (default "UTC"). */
export function safeTimeZone(timeZone: string | null | undefined, fallback = "UTC"): string {
  return typeof timeZone === "string" && isValidTimeZone(timeZone) ? timeZone : fallback;
}

/**
 * The local calendar day of an instant in a time zone, as "YYYY-MM-DD".
 * Throws RangeError for an invalid date or an unknown time zone.
 */
export function dayKey(date: Date, timeZone: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("dayKey: invalid date");
  let year = "";
  let month = "";
  let day = "";
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year.padStart(4, "0")}-${month}-${day}`;
}

/** True for a real calendar date written "YYYY-MM-DD" (e.g. not "2025-02-30"). */
export function isDayKey(key: string): boolean {
  const match = DAY_KEY.exec(key);
  if (match === null) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === key;
}

/** Days since 1970-01-01 for a "YYYY-MM-DD" key. Throws RangeError if malformed. */
export function dayNumber(key: string): number {
  if (!isDayKey(key)) throw new RangeError(`Not a YYYY-MM-DD date: ${key}`);
  const [y, m, d] = key.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The "YYYY-MM-DD" key for a day number. */
export function keyFromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `key` moved by `days` calendar days (negative goes back). */
export function addDays(key: string, days: number): string {
  return keyFromDayNumber(dayNumber(key) + days);
}

/** Weekday of a day number, Monday = 0 … Sunday = 6. */
export function mondayIndex(n: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((n + 3) % 7) + 7) % 7;
}
