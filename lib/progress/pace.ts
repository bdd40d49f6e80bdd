import { dayNumber, keyFromDayNumber, localDayNumber } from "./days";
import { isValidDate, type ActivityEvent } from "./status";

/** Length of the window the recent average is taken over, in local days. */
export const PACE_WINDOW_DAYS = 28;

export type PaceVerdict = "ahead" | "on-track" | "behind" | "done";

export interface PaceInput {
  itemsLeft: number;
  /** "YYYY-MM-DD" exam/target date, or null when none is set. */
  targetDate: string | null;
  events: readonly ActivityEvent[];
  timeZone: string;
  now: Date;
  /**
   * {@link doneInPaceWindow} of these events, when the caller already has it (the dashboard
   * computes it once for every exam card); `events` are then not read again.
   */
  doneInWindow?: number;
}

export interface Pace {
  itemsLeft: number;
  /** Calendar days from today to the target date; 0 when the target is today or past. */
  daysLeft: number;
  /** `daysLeft ÷ 7`, one decimal. */
  weeksLeft: number;
  /** Items per week needed to finish by the target, one decimal; 0 when nothing is left; null when overdue with items left (it can't be met). */
  neededPerWeek: number | null;
  /** Items finished in the last 28 days ÷ 4, one decimal. See {@link pace}. */
  averagePerWeek: number;
  /** Distinct items counted for `averagePerWeek`. */
  doneInWindow: number;
  /** Date the remaining items would be finished at the current average; null when the average is 0. */
  projectedFinish: string | null;
  /** True when the target date is today or already past. */
  overdue: boolean;
  verdict: PaceVerdict;
  /** Items still left on the target date at the current average (integer ≥ 0). */
  behindBy: number;
}

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Are we going to make it by the target date?
 *
 * - `daysLeft` = target date − today, in calendar days in `timeZone`. If that
 *   is ≤ 0 the target is today or past: `overdue` is true, `daysLeft` 0,
 *   `neededPerWeek` null, and the verdict is "behind" (or "done").
 * - `averagePerWeek`: the window is the last 28 local days, today included.
 *   An item counts once if its latest event inside the window is to "done";
 *   an item ticked and then un-ticked within the window doesn't count, and
 *   toggling an item repeatedly counts it only once. The count ÷ 4 is the
 *   weekly average.
 * - `neededPerWeek` = itemsLeft ÷ (daysLeft ÷ 7).
 * - Verdict: "done" when itemsLeft is 0; "on-track" when the average is
 *   within ±10% of the needed rate (bounds inclusive); "ahead" above that;
 *   "behind" below it, when overdue, or with no recent history.
 *   Comparisons use exact (unrounded) rates.
 * - `projectedFinish` = today + ⌈itemsLeft ÷ (average per day)⌉ days; today
 *   when nothing is left; null when the average is 0.
 * - `behindBy` = itemsLeft − ⌊average per day × daysLeft⌋, at least 0.
 *
 * Returns null when there is no target date. Throws RangeError for a
 * malformed target date or unknown time zone.
 */
/**
 * Items whose latest change in the last {@link PACE_WINDOW_DAYS} local days (today included)
 * made them done: the "done in the window" of {@link pace}, which depends on the events only,
 * not on the exam.
 */
export function doneInPaceWindow(events: readonly ActivityEvent[], timeZone: string, now: Date): number {
  const today = localDayNumber(now, timeZone);
  const windowStart = today - (PACE_WINDOW_DAYS - 1);
  const latest = new Map<string, { at: number; index: number; done: boolean }>();
  events.forEach((event, index) => {
    if (!isValidDate(event.at)) return;
    const day = localDayNumber(event.at, timeZone);
    if (day < windowStart || day > today) return;
    const at = event.at.getTime();
    const seen = latest.get(event.itemId);
    // Later timestamp wins; for equal timestamps the later log entry wins.
    if (seen === undefined || at > seen.at || (at === seen.at && index > seen.index)) {
      latest.set(event.itemId, { at, index, done: event.to === "done" });
    }
  });
  let done = 0;
  for (const entry of latest.values()) if (entry.done) done += 1;
  return done;
}

export function pace(input: PaceInput): Pace | null {
  const { targetDate, events, timeZone, now } = input;
  if (targetDate === null) return null;
  const itemsLeft = Math.max(0, Math.floor(input.itemsLeft));

  const today = localDayNumber(now, timeZone);
  const target = dayNumber(targetDate);
  const overdue = target <= today;
  const daysLeft = overdue ? 0 : target - today;

  const doneInWindow = input.doneInWindow ?? doneInPaceWindow(events, timeZone, now);

  const weeksInWindow = PACE_WINDOW_DAYS / 7;
  const averagePerWeek = oneDecimal(doneInWindow / weeksInWindow);
  // Exact rational forms: average/day = doneInWindow / 28, needed/day = itemsLeft / daysLeft.

  let projectedFinish: string | null;
  if (itemsLeft === 0) projectedFinish = keyFromDayNumber(today);
  else if (doneInWindow === 0) projectedFinish = null;
  else projectedFinish = keyFromDayNumber(today + Math.ceil((itemsLeft * PACE_WINDOW_DAYS) / doneInWindow));

  const reachable = Math.floor((doneInWindow * daysLeft) / PACE_WINDOW_DAYS);
  const behindBy = Math.max(0, itemsLeft - reachable);

  let verdict: PaceVerdict;
  if (itemsLeft === 0) verdict = "done";
  else if (overdue || doneInWindow === 0) verdict = "behind";
  else {
    // average/needed = (doneInWindow·daysLeft) / (itemsLeft·28); compare with 0.9 and 1.1 in integers.
    const lhs = 10 * doneInWindow * daysLeft;
    const base = itemsLeft * PACE_WINDOW_DAYS;
    if (lhs > 11 * base) verdict = "ahead";
    else if (lhs < 9 * base) verdict = "behind";
    else verdict = "on-track";
  }

  return {
    itemsLeft,
    daysLeft,
    weeksLeft: oneDecimal(daysLeft / 7),
    neededPerWeek: itemsLeft === 0 ? 0 : overdue ? null : oneDecimal((itemsLeft * 7) / daysLeft),
    averagePerWeek,
    doneInWindow,
    projectedFinish,
    overdue,
    verdict,
    behindBy,
  };
}
