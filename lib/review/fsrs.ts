import { createEmptyCard, fsrs, Rating, type Card, type FSRS, type Grade, type State } from "ts-fsrs";

import { dayKey, dayNumber, isDayKey, keyFromDayNumber } from "../progress/days";

import { REVIEW_RATINGS, type ReviewRating } from "./ratings";

/**
 * Our side of spaced review: maps items and dates to ts-fsrs and back. The scheduling
 * maths (stability, difficulty, intervals, retrievability) is the library's; this module
 * only decides what we hand it (ADR 031):
 *
 * - Long-term scheduling only (`enable_short_term: false`): a topic is reviewed at most
 *   once a day, so there are no learning steps in minutes; every interval is whole days.
 * - No fuzz: the same history gives the same schedule (and tests can state it).
 * - Marking an item done is its first review, rated "Good" at the moment of the tick.
 * - Days are the user's local calendar days. The library counts days on the UTC calendar
 *   of the dates it is given, so we give it "floating" dates: the instant whose UTC
 *   fields spell the user's wall-clock time. Elapsed days are then local calendar days,
 *   whatever the time zone or daylight-saving change in between, and a card is due on
 *   the local day of the review plus the interval the library chose.
 */

/** Desired retention, in percent, that /account offers. */
export const RETENTION_OPTIONS = [80, 85, 90, 95] as const;
export type RetentionPercent = (typeof RETENTION_OPTIONS)[number];
export const DEFAULT_RETENTION: RetentionPercent = 90;

export function isRetention(value: unknown): value is RetentionPercent {
  return (RETENTION_OPTIONS as readonly unknown[]).includes(value);
}

export { REVIEW_RATINGS, type ReviewRating };

const GRADES: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** A review card as we store it (one row per user and item). */
export interface CardState {
  /** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  /** The local day the card is next due, "YYYY-MM-DD". */
  dueOn: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** The instant of the last review (the tick, for a card never rated). */
  lastReview: Date;
}

/** One rating as the append-only log stores it. */
export interface ReviewLogEntry {
  rating: ReviewRating;
  reviewedAt: Date;
  /** The card's state and due day before the rating. */
  state: number;
  dueOn: string;
  /** Local calendar days since the previous review. */
  elapsedDays: number;
  /** After the rating: the new interval and memory. */
  scheduledDays: number;
  stability: number;
  difficulty: number;
}

const schedulers = new Map<number, FSRS>();

/** The ts-fsrs scheduler for a desired retention (percent), built once. */
export function scheduler(retention: number): FSRS {
  let f = schedulers.get(retention);
  if (!f) {
    if (!(retention > 0 && retention < 100))
      throw new RangeError(`retention must be a percent: ${retention}`);
    f = fsrs({ request_retention: retention / 100, enable_fuzz: false, enable_short_term: false });
    schedulers.set(retention, f);
  }
  return f;
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    wallClocks.set(timeZone, format);
  }
  return format;
}

/**
 * The "floating" date of an instant: the Date whose UTC fields are the wall-clock time
 * in `timeZone` (14:05 in Tokyo → 14:05 UTC). Throws RangeError for an unknown zone.
 */
export function floating(at: Date, timeZone: string): Date {
  if (Number.isNaN(at.getTime())) throw new RangeError("floating: invalid date");
  const parts: Record<string, number> = {};
  for (const part of wallClock(timeZone).formatToParts(at)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, at.getUTCMilliseconds()));
}

/** Midnight at the start of a local day, as a floating date. */
export function floatingDay(day: string): Date {
  return new Date(dayNumber(day) * 86_400_000);
}

/** The local day a floating date falls on. */
function dayOfFloating(date: Date): string {
  return keyFromDayNumber(Math.floor(date.getTime() / 86_400_000));
}

/** Our card as the library's, with its dates floating in the user's zone. */
function toLibrary(card: CardState, timeZone: string): Card {
  return {
    due: floatingDay(card.dueOn),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: floating(card.lastReview, timeZone),
  };
}

/** The library's card after a review at `at` (a real instant), back in our terms. */
function fromLibrary(card: Card, at: Date): CardState {
  return {
    state: card.state,
    // The due day is the local day of the review plus the interval, by construction of
    // the floating dates: date arithmetic, no daylight-saving hour to slip a day.
    dueOn: dayOfFloating(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: at,
  };
}

/** The card an item becomes when it is marked done at `at`: its first review, rated "Good". */
export function firstReviewCard(at: Date, timeZone: string, retention: number): CardState {
  const moment = floating(at, timeZone);
  const { card } = scheduler(retention).next(createEmptyCard(moment), moment, Rating.Good);
  return fromLibrary(card, at);
}

/**
 * What set_item_status() needs to create the card in the check-off's own statement
 * (ADR 029): the first-review state, and its interval for every retention we offer,
 * because the check-off does not read the user's setting first. The memory state of a
 * first review does not depend on the retention; the interval does.
 */
export interface FirstCardParams {
  at: string;
  state: number;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  learningSteps: number;
  intervals: Record<`${RetentionPercent}`, number>;
}

let template: Omit<FirstCardParams, "at"> | null = null;

export function firstCardParams(at: Date): FirstCardParams {
  if (!template) {
    // Any instant will do: a first review's state and intervals do not depend on when.
    const epoch = new Date(0);
    const cards = RETENTION_OPTIONS.map((r) => firstReviewCard(epoch, "UTC", r));
    const first = cards[0]!;
    if (cards.some((c) => c.stability !== first.stability || c.difficulty !== first.difficulty)) {
      throw new Error("ts-fsrs: a first review's memory state now depends on the retention (ADR 029)");
    }
    template = {
      state: first.state,
      stability: first.stability,
      difficulty: first.difficulty,
      reps: first.reps,
      lapses: first.lapses,
      learningSteps: first.learningSteps,
      intervals: Object.fromEntries(
        RETENTION_OPTIONS.map((r, i) => [String(r), cards[i]!.scheduledDays]),
      ) as FirstCardParams["intervals"],
    };
  }
  return { at: at.toISOString(), ...template };
}

/** The card and the log entry after rating it at `at`. */
export function reviewCard(
  card: CardState,
  rating: ReviewRating,
  at: Date,
  timeZone: string,
  retention: number,
): { card: CardState; log: ReviewLogEntry } {
  const moment = floating(at, timeZone);
  const { card: next, log } = scheduler(retention).next(toLibrary(card, timeZone), moment, GRADES[rating]);
  const after = fromLibrary(next, at);
  return {
    card: after,
    log: {
      rating,
      reviewedAt: at,
      state: card.state,
      dueOn: card.dueOn,
      elapsedDays: log.elapsed_days,
      scheduledDays: after.scheduledDays,
      stability: after.stability,
      difficulty: after.difficulty,
    },
  };
}

/** The day each rating would make the card due, for the buttons of /review. */
export function previewDueDays(
  card: CardState,
  at: Date,
  timeZone: string,
  retention: number,
): Record<ReviewRating, string> {
  const out = {} as Record<ReviewRating, string>;
  for (const rating of REVIEW_RATINGS)
    out[rating] = reviewCard(card, rating, at, timeZone, retention).card.dueOn;
  return out;
}

/**
 * The probability of recalling the card on a local day (FSRS retrievability), counting
 * whole local days since the day of its last review. 1 on or before that day.
 */
export function recallOn(card: CardState, day: string, timeZone: string): number {
  if (!isDayKey(day)) throw new RangeError(`recallOn: not a day: ${day}`);
  const lastDay = dayKey(card.lastReview, timeZone);
  const library = { ...toLibrary(card, timeZone), last_review: floatingDay(lastDay) };
  return scheduler(DEFAULT_RETENTION).get_retrievability(library, floatingDay(day), false);
}

/**
 * The card rescheduled for another desired retention: the same memory, the interval
 * ts-fsrs gives its stability at that retention, counted from the day of the last review.
 */
export function rescheduled(card: CardState, timeZone: string, retention: number): CardState {
  const interval = Math.max(1, scheduler(retention).next_interval(card.stability, 0));
  return {
    ...card,
    scheduledDays: interval,
    dueOn: keyFromDayNumber(dayNumber(dayKey(card.lastReview, timeZone)) + interval),
  };
}
