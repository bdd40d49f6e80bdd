import { dayNumber, keyFromDayNumber, localDayNumber, mondayIndex } from "./days";

export type HeatmapLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatmapDay {
  /** Local calendar date, "YYYY-MM-DD". */
  date: string;
  /** Events with `to === "done"` on that day, reviews included (0 for future days). */
  count: number;
  /** Of `count`, the reviews (spaced review ratings); absent when reviews are not counted. */
  reviews?: number;
  level: HeatmapLevel;
  /** After today (the rest of the current week). */
  future: boolean;
}

/** Seven days, Monday first. */
export type HeatmapWeek = HeatmapDay[];

/**
 * Level thresholds, by the number of items marked done (and reviews) that day:
 * 0 → 0, 1 → 1, 2–3 → 2, 4–5 → 3, 6 or more → 4. Fixed (not relative to the
 * busiest day), so a colour means the same thing week to week.
 */
export function heatmapLevel(count: number): HeatmapLevel {
  if (!(count >= 1)) return 0;
  if (count < 2) return 1;
  if (count < 4) return 2;
  if (count < 6) return 3;
  return 4;
}

export interface HeatmapLegendEntry {
  level: HeatmapLevel;
  /** Smallest count at this level. */
  min: number;
  /** Largest count at this level; null for "or more". */
  max: number | null;
  label: string;
}

/** Label text per level, matching {@link heatmapLevel}. */
export const heatmapLegend: readonly HeatmapLegendEntry[] = [
  { level: 0, min: 0, max: 0, label: "No items done" },
  { level: 1, min: 1, max: 1, label: "1 item done or reviewed" },
  { level: 2, min: 2, max: 3, label: "2–3 items done or reviewed" },
  { level: 3, min: 4, max: 5, label: "4–5 items done or reviewed" },
  { level: 4, min: 6, max: null, label: "6 or more items done or reviewed" },
];

/**
 * An activity calendar: `weeks` columns, each Monday → Sunday, ending with the week that
 * contains today (in `timeZone`). The first day is the Monday `weeks − 1` weeks before this
 * week's Monday. `dayCounts` holds the items marked done per local day (day number → count;
 * the dashboard's statement groups the events by local day); days before the window are
 * ignored, and days after today are flagged `future` with count 0 (anything dated there is
 * clock skew).
 *
 * Throws RangeError when `weeks` is not a positive integer or the time zone is unknown.
 */
export function heatmapFromDays(
  dayCounts: ReadonlyMap<number, number>,
  timeZone: string,
  now: Date,
  weeks = 16,
  /** Of each day's count, how many were reviews (for the labels). */
  reviewCounts?: ReadonlyMap<number, number>,
): HeatmapWeek[] {
  if (!Number.isInteger(weeks) || weeks < 1) {
    throw new RangeError(`heatmap: weeks must be a positive integer, got ${weeks}`);
  }
  const today = localDayNumber(now, timeZone);
  const thisMonday = today - mondayIndex(today);
  const first = thisMonday - 7 * (weeks - 1);
  const last = thisMonday + 6;
  const counts = new Map<number, number>();
  for (const [day, count] of dayCounts) {
    if (day >= first && day <= today) counts.set(day, count);
  }

  const columns: HeatmapWeek[] = [];
  for (let monday = first; monday <= last; monday += 7) {
    const week: HeatmapWeek = [];
    for (let offset = 0; offset < 7; offset += 1) {
      const day = monday + offset;
      const count = counts.get(day) ?? 0;
      const entry: HeatmapDay = {
        date: keyFromDayNumber(day),
        count,
        level: heatmapLevel(count),
        future: day > today,
      };
      if (reviewCounts) entry.reviews = day > today ? 0 : Math.min(count, reviewCounts.get(day) ?? 0);
      week.push(entry);
    }
    columns.push(week);
  }
  return columns;
}

/**
 * The grid in the few bytes it takes to send to the browser: the first Monday and
 * the count of every day up to today. {@link expandHeatmap} rebuilds the same weeks.
 */
export interface CompactHeatmap {
  /** The first day (a Monday), "YYYY-MM-DD". */
  first: string;
  weeks: number;
  /** Items done per day from `first`, up to and including today (trailing zeros dropped). */
  counts: number[];
  /** Of those, reviews per day, when there are any (trailing zeros dropped). */
  reviews?: number[];
}

export function compactHeatmap(weeks: readonly HeatmapWeek[]): CompactHeatmap {
  const days = weeks.flat();
  const counts = days.filter((day) => !day.future).map((day) => day.count);
  while (counts.length > 0 && counts[counts.length - 1] === 0) counts.pop();
  const compact: CompactHeatmap = { first: days[0]?.date ?? "1970-01-05", weeks: weeks.length, counts };
  const reviews = days.filter((day) => !day.future).map((day) => day.reviews ?? 0);
  while (reviews.length > 0 && reviews[reviews.length - 1] === 0) reviews.pop();
  if (reviews.length > 0) compact.reviews = reviews;
  return compact;
}

/** The weeks of a {@link CompactHeatmap}, with days after `today` ("YYYY-MM-DD") marked future. */
export function expandHeatmap(compact: CompactHeatmap, today: string): HeatmapWeek[] {
  const first = dayNumber(compact.first);
  const last = dayNumber(today);
  const columns: HeatmapWeek[] = [];
  for (let week = 0; week < compact.weeks; week++) {
    const days: HeatmapWeek = [];
    for (let offset = 0; offset < 7; offset++) {
      const index = week * 7 + offset;
      const future = first + index > last;
      const count = future ? 0 : (compact.counts[index] ?? 0);
      const day: HeatmapDay = {
        date: keyFromDayNumber(first + index),
        count,
        level: heatmapLevel(count),
        future,
      };
      if (compact.reviews) day.reviews = future ? 0 : (compact.reviews[index] ?? 0);
      days.push(day);
    }
    columns.push(days);
  }
  return columns;
}
