import { dayNumber, keyFromDayNumber } from "./days";

/** Before this many days since enrolment, pace says "too early to tell" (never "behind"). */
export const PACE_FIRST_WEEK_DAYS = 7;

export type PaceVerdict = "too-early" | "ahead" | "on-track" | "behind" | "done" | "overdue";

export interface PaceInput {
  /** Minutes of the exam's counted items still open (Step 4 and optional items excluded). */
  minutesLeft: number;
  /** Minutes of the exam's counted items finished since enrolment. */
  studiedMinutes: number;
  /** "YYYY-MM-DD" exam date, or null when none is set. */
  targetDate: string | null;
  /** Local day the exam was added to the plan. */
  enrolledOn: string;
  /** Today in the user's time zone. */
  today: string;
}

export interface Pace {
  /** `minutesLeft ÷ 60`, one decimal. */
  hoursLeft: number;
  /** Calendar days from today to the exam; 0 when it is today or past. */
  daysLeft: number;
  /** `daysLeft ÷ 7`, one decimal. */
  weeksLeft: number;
  /** Hours a week needed to finish by the exam, one decimal; 0 when nothing is left; null when overdue. */
  neededHoursPerWeek: number | null;
  /** Hours finished since enrolment, one decimal. */
  studiedHours: number;
  /** Days since enrolment (0 on the day of enrolment). */
  daysSinceEnrolment: number;
  /** Studied hours per week since enrolment, one decimal; null in the first week (too early to tell). */
  averageHoursPerWeek: number | null;
  /** The day the rest would be finished at that average; null when unknown (first week, or nothing studied). */
  projectedFinish: string | null;
  overdue: boolean;
  verdict: PaceVerdict;
  /** Hours still left on exam day at the average, one decimal; 0 unless "behind". */
  hoursBehind: number;
}

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Are you going to make it by the exam date? Measured in study hours (the items' minute
 * estimates), not items, and against the time since you enrolled, not a fixed window.
 *
 * - "done": nothing left. "overdue": the exam date is today or past with something left.
 * - "too-early": fewer than 7 days since enrolment: nobody is "behind" before their first week.
 * - Otherwise average = studied hours ÷ (days since enrolment ÷ 7), needed = hours left ÷
 *   (days left ÷ 7): "on-track" within ±10% of the needed rate (bounds inclusive), "ahead" above,
 *   "behind" below. Rates are compared exactly, in integers.
 * - `projectedFinish` = today + ⌈minutes left ÷ (studied minutes per day)⌉ days.
 * - `hoursBehind` = hours left − average per day × days left, when behind.
 *
 * Returns null without an exam date. Throws RangeError for a malformed date.
 */
export function pace(input: PaceInput): Pace | null {
  if (input.targetDate === null) return null;
  const left = Math.max(0, Math.round(input.minutesLeft));
  const studied = Math.max(0, Math.round(input.studiedMinutes));
  const today = dayNumber(input.today);
  const target = dayNumber(input.targetDate);
  const since = Math.max(0, today - dayNumber(input.enrolledOn));
  const overdue = target <= today;
  const daysLeft = overdue ? 0 : target - today;
  const early = since < PACE_FIRST_WEEK_DAYS;

  let verdict: PaceVerdict;
  if (left === 0) verdict = "done";
  else if (overdue) verdict = "overdue";
  else if (early) verdict = "too-early";
  else {
    // average/needed = (studied / since) / (left / daysLeft); compare with 0.9 and 1.1 in integers.
    const lhs = 10 * studied * daysLeft;
    const base = left * since;
    if (lhs > 11 * base) verdict = "ahead";
    else if (lhs < 9 * base) verdict = "behind";
    else verdict = "on-track";
  }

  let projectedFinish: string | null = null;
  if (left === 0) projectedFinish = input.today;
  else if (!early && studied > 0)
    projectedFinish = keyFromDayNumber(today + Math.ceil((left * since) / studied));

  return {
    hoursLeft: oneDecimal(left / 60),
    daysLeft,
    weeksLeft: oneDecimal(daysLeft / 7),
    neededHoursPerWeek: left === 0 ? 0 : overdue ? null : oneDecimal((left * 7) / (daysLeft * 60)),
    studiedHours: oneDecimal(studied / 60),
    daysSinceEnrolment: since,
    averageHoursPerWeek: early ? null : oneDecimal((studied * 7) / (since * 60)),
    projectedFinish,
    overdue,
    verdict,
    hoursBehind: verdict === "behind" ? oneDecimal(Math.max(0, left - (studied * daysLeft) / since) / 60) : 0,
  };
}
