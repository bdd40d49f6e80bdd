import { Rating, type Card } from "ts-fsrs";

import { dayNumber, keyFromDayNumber, mondayIndex } from "../progress/days";

import { floating, floatingDay, scheduler, type CardState } from "./fsrs";

/** Minutes one review of a topic takes: recall it, read the summary and your note, rate it. */
export const REVIEW_MINUTES = 5;

export interface ReviewLoadInput {
  /** The user's review cards as stored. */
  cards: readonly Pick<
    CardState,
    | "state"
    | "dueOn"
    | "stability"
    | "difficulty"
    | "scheduledDays"
    | "learningSteps"
    | "reps"
    | "lapses"
    | "lastReview"
  >[];
  /** The user's time zone (the cards' last reviews are instants). */
  timeZone: string;
  /** Today in that zone, "YYYY-MM-DD": cards due earlier are overdue and count today. */
  today: string;
  /** Any day of the first week to report; weeks start on Monday. */
  from: string;
  /** How many weeks to report, from that one. */
  weeks: number;
  /** Desired retention in percent (the user's setting). */
  retention: number;
  minutesPerReview?: number;
}

function mondayOf(day: number): number {
  return day - mondayIndex(day);
}

/**
 * Expected review minutes per week — Monday's day key → minutes, one entry for every
 * week of the range (0 when nothing is expected) — for the schedule's
 * `reservedMinutesByWeek`. Each card is reviewed on its due day (today when overdue) and
 * then, as a forecast, rated "Good" every time it comes back: ts-fsrs decides each next
 * interval at the user's retention. Pure: `today` is an argument.
 */
export function expectedReviewMinutesByWeek(input: ReviewLoadInput): Map<string, number> {
  const { cards, timeZone, today, from, weeks, retention, minutesPerReview = REVIEW_MINUTES } = input;
  if (!Number.isInteger(weeks) || weeks < 0) throw new RangeError(`weeks must be a whole number: ${weeks}`);
  const first = mondayOf(dayNumber(from));
  const last = first + 7 * weeks - 1;
  const todayNumber = dayNumber(today);
  const counts = new Map<number, number>();
  for (let week = 0; week < weeks; week++) counts.set(first + 7 * week, 0);

  const f = scheduler(retention);
  for (const stored of cards) {
    let card: Card = {
      due: floatingDay(stored.dueOn),
      stability: stored.stability,
      difficulty: stored.difficulty,
      elapsed_days: 0,
      scheduled_days: stored.scheduledDays,
      learning_steps: stored.learningSteps,
      reps: stored.reps,
      lapses: stored.lapses,
      state: stored.state as Card["state"],
      last_review: floating(stored.lastReview, timeZone),
    };
    let day = Math.max(dayNumber(stored.dueOn), todayNumber);
    while (day <= last) {
      if (day >= first) {
        const monday = mondayOf(day);
        counts.set(monday, (counts.get(monday) ?? 0) + 1);
      }
      // Reviewed at noon that day (any time of the day gives the same whole-day schedule).
      const at = new Date(day * 86_400_000 + 12 * 3_600_000);
      card = f.next(card, at, Rating.Good).card;
      const next = Math.floor(card.due.getTime() / 86_400_000);
      day = next > day ? next : day + 1;
    }
  }

  const out = new Map<string, number>();
  for (const [monday, reviews] of [...counts].sort((a, b) => a[0] - b[0])) {
    out.set(keyFromDayNumber(monday), reviews * minutesPerReview);
  }
  return out;
}
