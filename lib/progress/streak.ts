import { localDayNumber } from "./days";

export interface Streaks {
  /** Consecutive study days ending today, or ending yesterday if today has none yet. */
  current: number;
  /** The longest run of consecutive study days ever (up to today). */
  longest: number;
}

/**
 * Study streaks from the set of study days: day numbers (see `days.ts`) of the local calendar
 * days in `timeZone` on which the user marked at least one item done. The dashboard's statement
 * groups the events by local day (lib/data/dashboard.ts); un-doing an item later does not erase
 * the day: you studied.
 *
 * `current` counts back from today if today is a study day, otherwise from yesterday: a streak
 * isn't broken until the day is over. Days after today (clock skew) are ignored for both
 * numbers. Throws RangeError for an unknown time zone.
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
