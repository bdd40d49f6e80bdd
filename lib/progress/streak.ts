import { localDayNumber } from "./days";
import { isValidDate, type ActivityEvent } from "./status";

export { dayKey } from "./days";

export interface Streaks {
  /** Consecutive study days ending today, or ending yesterday if today has none yet. */
  current: number;
  /** The longest run of consecutive study days ever (up to today). */
  longest: number;
}

/**
 * The set of day numbers (see `days.ts`) with at least one event whose
 * `to === "done"`, in `timeZone`. Events with an invalid date are ignored.
 */
export function studyDayNumbers(events: readonly ActivityEvent[], timeZone: string): Set<number> {
  const days = new Set<number>();
  for (const event of events) {
    if (event.to !== "done" || !isValidDate(event.at)) continue;
    days.add(localDayNumber(event.at, timeZone));
  }
  return days;
}

/**
 * Study streaks. A study day is a local calendar day in `timeZone` with at
 * least one event whose `to === "done"` (un-doing it later does not erase the
 * day: you studied).
 *
 * `current` counts back from today if today is a study day, otherwise from
 * yesterday: a streak isn't broken until the day is over. Days after today
 * (clock skew) are ignored for both numbers. Throws RangeError for an unknown
 * time zone.
 */
export function streaks(events: readonly ActivityEvent[], timeZone: string, now: Date): Streaks {
  return streaksFromDays(studyDayNumbers(events, timeZone), timeZone, now);
}

/**
 * The same figures from the set of study days (day numbers of local "YYYY-MM-DD"
 * dates), for callers that let the database group events by local day.
 */
export function streaksFromDays(days: ReadonlySet<number>, timeZone: string, now: Date): Streaks {
  const today = localDayNumber(now, timeZone);

  let current = 0;
  let cursor = days.has(today) ? today : today - 1;
  while (days.has(cursor)) {
    current += 1;
    cursor -= 1;
  }

  const sorted = [...days].filter((d) => d <= today).sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous: number | null = null;
  for (const day of sorted) {
    run = previous !== null && day === previous + 1 ? run + 1 : 1;
    if (run > longest) longest = run;
    previous = day;
  }

  return { current, longest };
}
