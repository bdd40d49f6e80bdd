/**
 * Calendar-day helpers. A "day" is a local calendar date in the user's IANA
 * time zone, written "YYYY-MM-DD". Instants are turned into days exactly once
 * (with Intl.DateTimeFormat, so DST and odd offsets are handled by the
 * platform); all further arithmetic is on day numbers (days since 1970-01-01
 * as a civil date), which have no DST at all.
 */

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

/** en-US with these options prints "MM/DD/YYYY"; parsed directly, it is twice as fast as formatToParts. */
const US_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

function localParts(date: Date, timeZone: string): [string, string, string] {
  if (Number.isNaN(date.getTime())) throw new RangeError("dayKey: invalid date");
  const formatter = formatterFor(timeZone);
  const match = US_DATE.exec(formatter.format(date));
  if (match) return [match[3] ?? "", match[1] ?? "", match[2] ?? ""];
  // Any other shape (a far year, a platform that words it differently): ask for the parts.
  let year = "";
  let month = "";
  let day = "";
  for (const part of formatter.formatToParts(date)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return [year.padStart(4, "0"), month, day];
}

/**
 * The local calendar day of an instant in a time zone, as "YYYY-MM-DD".
 * Throws RangeError for an invalid date or an unknown time zone.
 */
export function dayKey(date: Date, timeZone: string): string {
  const [year, month, day] = localParts(date, timeZone);
  return `${year}-${month}-${day}`;
}

/** `dayNumber(dayKey(date, timeZone))`, without building the key. */
export function localDayNumber(date: Date, timeZone: string): number {
  const [year, month, day] = localParts(date, timeZone);
  return civilToDayNumber(Number(year), Number(month), Number(day));
}

/*
 * Day numbers are computed with plain integer arithmetic (H. Hinnant's civil-date
 * algorithms) rather than through Date objects: the dashboard converts a few hundred
 * keys per request, and a Date round trip per key showed up in its CPU profile.
 */

function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** [year, month 1–12, day] of a valid key, else null. Years 0100–9999 (as Date reads them). */
function parseDayKey(key: string): [number, number, number] | null {
  const match = DAY_KEY.exec(key);
  if (match === null) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return [y, m, d];
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function civilToDayNumber(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** True for a real calendar date written "YYYY-MM-DD" (e.g. not "2025-02-30"). */
export function isDayKey(key: string): boolean {
  return parseDayKey(key) !== null;
}

/** Days since 1970-01-01 for a "YYYY-MM-DD" key. Throws RangeError if malformed. */
export function dayNumber(key: string): number {
  const parts = parseDayKey(key);
  if (parts === null) throw new RangeError(`Not a YYYY-MM-DD date: ${key}`);
  return civilToDayNumber(parts[0], parts[1], parts[2]);
}

/** [year, month 1–12, day] of a day number. */
export function civilFromDayNumber(n: number): [number, number, number] {
  const z = Math.floor(n) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The "YYYY-MM-DD" key for a day number. */
export function keyFromDayNumber(n: number): string {
  const [y, m, d] = civilFromDayNumber(n);
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/** The day `days` calendar days after `key` (before it, when negative). */
export function addDays(key: string, days: number): string {
  return keyFromDayNumber(dayNumber(key) + days);
}

/** Weekday of a day number, Monday = 0 … Sunday = 6. */
export function mondayIndex(n: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((n + 3) % 7) + 7) % 7;
}
