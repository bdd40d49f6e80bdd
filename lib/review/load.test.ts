import { describe, expect, it } from "vitest";

import { firstReviewCard } from "./fsrs";
import { expectedReviewMinutesByWeek, REVIEW_MINUTES } from "./load";

// Ticked on Monday 30 Nov 2026 at 09:00 UTC, 90 %: due Thu 3 Dec; rated Good that day it
// comes back on Thu 17 Dec, then Fri 12 Feb 2027 (see fsrs.test.ts for the intervals).
const ticked = firstReviewCard(new Date("2026-11-30T09:00:00Z"), "UTC", 90);

describe("expectedReviewMinutesByWeek", () => {
  it("has one entry per week of the range, keyed by Monday, zero when nothing is due", () => {
    const load = expectedReviewMinutesByWeek({
      cards: [],
      timeZone: "UTC",
      today: "2026-12-02",
      from: "2026-12-02",
      weeks: 3,
      retention: 90,
    });
    expect([...load]).toEqual([
      ["2026-11-30", 0],
      ["2026-12-07", 0],
      ["2026-12-14", 0],
    ]);
  });

  it("counts each forecast review in the week it falls in", () => {
    const load = expectedReviewMinutesByWeek({
      cards: [ticked],
      timeZone: "UTC",
      today: "2026-11-30",
      from: "2026-11-30",
      weeks: 12,
      retention: 90,
    });
    expect(load.get("2026-11-30")).toBe(REVIEW_MINUTES); // Thu 3 Dec
    expect(load.get("2026-12-07")).toBe(0);
    expect(load.get("2026-12-14")).toBe(REVIEW_MINUTES); // Thu 17 Dec
    expect(load.get("2027-02-08")).toBe(REVIEW_MINUTES); // Fri 12 Feb
    expect([...load.values()].reduce((a, b) => a + b, 0)).toBe(3 * REVIEW_MINUTES);
  });

  it("puts overdue cards in today's week and takes the minutes per review given", () => {
    const load = expectedReviewMinutesByWeek({
      cards: [ticked, { ...ticked, dueOn: "2026-12-01" }],
      timeZone: "UTC",
      today: "2026-12-09",
      from: "2026-12-07",
      weeks: 1,
      retention: 90,
      minutesPerReview: 10,
    });
    expect([...load]).toEqual([["2026-12-07", 20]]);
  });

  it("leaves out weeks before the range and reviews after it", () => {
    const load = expectedReviewMinutesByWeek({
      cards: [ticked],
      timeZone: "UTC",
      today: "2026-11-30",
      from: "2026-12-21",
      weeks: 2,
      retention: 90,
    });
    expect([...load]).toEqual([
      ["2026-12-21", 0],
      ["2026-12-28", 0],
    ]);
  });

  it("forecasts more reviews at a higher retention", () => {
    const range = { cards: [ticked], timeZone: "UTC", today: "2026-11-30", from: "2026-11-30", weeks: 52 };
    const total = (retention: number) =>
      [...expectedReviewMinutesByWeek({ ...range, retention }).values()].reduce((a, b) => a + b, 0);
    expect(total(95)).toBeGreaterThan(total(80));
  });

  it("refuses a negative or fractional number of weeks", () => {
    const base = { cards: [], timeZone: "UTC", today: "2026-11-30", from: "2026-11-30", retention: 90 };
    expect(() => expectedReviewMinutesByWeek({ ...base, weeks: -1 })).toThrow(RangeError);
    expect(() => expectedReviewMinutesByWeek({ ...base, weeks: 1.5 })).toThrow(RangeError);
  });
});
