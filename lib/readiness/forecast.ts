import { addDays, dayNumber } from "../progress/days";

import { PASS_PERCENT } from "./types";

/** Attempts the forecast needs before it says anything. */
const FORECAST_MIN_ATTEMPTS = 3;
/** The forecast fits a line through this many most recent attempts: the current trend, not last year's. */
const FORECAST_WINDOW = 10;
/** Further out than this, a straight line says nothing useful. */
const FORECAST_HORIZON_DAYS = 365;

export type Forecast =
  /** Fewer than three attempts: no forecast (`needed` more to go). */
  | { kind: "too-few"; needed: number }
  /** Every attempt on one day: no trend over time yet. */
  | { kind: "one-day" }
  /** The trend line is at or above the line today. */
  | { kind: "reached" }
  /** Scores are flat or falling. */
  | { kind: "not-rising" }
  /** Rising, but the line is more than a year away. */
  | { kind: "beyond" }
  /** Rising: the trend line crosses 72 % on `day`. */
  | { kind: "date"; day: string };

/**
 * When practice scores reach the pass line at their current trend: a least-squares
 * line through the last ten attempts' scores against their days, read at the day
 * it reaches 72 % (never earlier than `today`). Pure: `today` is the user's local day.
 */
export function forecastPass(
  points: readonly { takenOn: string; percent: number }[],
  today: string,
  target = PASS_PERCENT,
): Forecast {
  if (points.length < FORECAST_MIN_ATTEMPTS) {
    return { kind: "too-few", needed: FORECAST_MIN_ATTEMPTS - points.length };
  }
  const recent = points.slice(-FORECAST_WINDOW);
  const xs = recent.map((p) => dayNumber(p.takenOn));
  const ys = recent.map((p) => p.percent);
  const n = recent.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i += 1) {
    sxx += (xs[i]! - meanX) ** 2;
    sxy += (xs[i]! - meanX) * (ys[i]! - meanY);
  }
  if (sxx === 0) return { kind: "one-day" };
  const slope = sxy / sxx; // percentage points per day
  const todayX = dayNumber(today);
  const atToday = meanY + slope * (todayX - meanX);
  if (atToday >= target) return { kind: "reached" };
  if (slope <= 0) return { kind: "not-rising" };
  // The first whole day on which the line is at the target (a hair of slack for float error).
  const days = Math.max(1, Math.ceil((target - atToday) / slope - 1e-9));
  if (days > FORECAST_HORIZON_DAYS) return { kind: "beyond" };
  return { kind: "date", day: addDays(today, days) };
}
