/**
 * How the app words dates, times and figures, on every page: one format per kind of value
 * ("12 Mar 2027" for a day, "Wed 4 Nov 2026, 14:05" for an instant), so the same exam date
 * reads the same on the plan, the dashboard and the account page.
 */
import { civilFromDayNumber, dayKey, dayNumber, mondayIndex } from "@/lib/progress/days";
import type { Progress } from "@/lib/progress/percent";

// Spelled out here rather than left to Intl: ICU versions disagree on short month
// names ("Sep" vs "Sept"), and these strings are part of the page's contract.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** Day, month name, year and weekday of a day key, by arithmetic (no Date object). */
function parts(key: string) {
  const n = dayNumber(key);
  const [year, month, day] = civilFromDayNumber(n);
  return { day, month: MONTHS[month - 1] ?? "", year, weekday: WEEKDAYS[mondayIndex(n)] ?? "" };
}

/** "2027-03-12" → "12 Mar 2027". */
export function formatDay(key: string): string {
  const { day, month, year } = parts(key);
  return `${day} ${month} ${year}`;
}

/** "2026-11-04" → "Wed 4 Nov 2026". */
export function formatDayWithWeekday(key: string): string {
  const { day, month, year, weekday } = parts(key);
  return `${weekday} ${day} ${month} ${year}`;
}

/** Short month name of a day key ("Nov"). */
export function monthOf(key: string): string {
  return parts(key).month;
}

/** Day of the month of a day key (1–31). */
export function dayOfMonth(key: string): number {
  return parts(key).day;
}

/** An instant as the user reads it on their clock: "Wed 4 Nov 2026, 14:05". */
const clockFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(at: Date, timeZone: string): string {
  // Building an Intl.DateTimeFormat costs far more than using one: keep one per zone.
  let clock = clockFormats.get(timeZone);
  if (clock === undefined) {
    clock = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    clockFormats.set(timeZone, clock);
  }
  const time = clock.format(at);
  return `${formatDayWithWeekday(dayKey(at, timeZone))}, ${time}`;
}

let relativeFormat: Intl.RelativeTimeFormat | undefined;

/**
 * "just now", "5 minutes ago", "2 hours ago", "yesterday", "3 days ago", … Computed on
 * the server at render time (never in the browser, so no hydration mismatch); days
 * are calendar days in the user's time zone.
 */
export function relativeTime(at: Date, now: Date, timeZone: string): string {
  const relative = (relativeFormat ??= new Intl.RelativeTimeFormat("en", { numeric: "auto" }));
  const seconds = Math.floor((now.getTime() - at.getTime()) / 1000);
  if (seconds < 45) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return relative.format(-minutes, "minute");
  const days = dayNumber(dayKey(now, timeZone)) - dayNumber(dayKey(at, timeZone));
  const hours = Math.round(minutes / 60);
  if (days === 0 || hours < 6) return relative.format(-hours, "hour");
  if (days < 7) return relative.format(-days, "day");
  if (days < 30) return relative.format(-Math.floor(days / 7), "week");
  if (days < 365) return relative.format(-Math.floor(days / 30), "month");
  return relative.format(-Math.floor(days / 365), "year");
}

/** "1 item", "3 items". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A figure with at most one decimal, without a trailing ".0". */
export function decimal(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/**
 * What a completion figure means, in words: "4 of 10 items done (1 skipped)". The plan and the
 * dashboard show it under their bars and use it in the bars' value text.
 */
export function doneText(progress: Progress): string {
  if (progress.counted === 0) {
    return progress.total === 0 ? "No items" : "Every item skipped: nothing left to count";
  }
  const skipped = progress.skipped > 0 ? ` (${progress.skipped} skipped)` : "";
  return `${progress.done} of ${count(progress.counted, "item")} done${skipped}`;
}

/** A progress bar's value text: "40%: 4 of 10 items done (1 skipped)". */
export function progressValueText(progress: Progress): string {
  return `${progress.percent}%: ${doneText(progress)}`;
}
