import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import {
  firstCardParams,
  firstReviewCard,
  floating,
  isRetention,
  previewDueDays,
  recallOn,
  rescheduled,
  reviewCard,
  type CardState,
} from "./fsrs";

/*
 * Expected values are literals: ts-fsrs 5.4.2's default FSRS-6 weights give a new card
 * rated "Good" stability w[2] = 2.3065 and difficulty 2.11810397; the intervals below are
 * what that version schedules (long-term, no fuzz). A library upgrade that changes them
 * fails here first, and so do our date mappings (time zones, daylight saving).
 */

const TICK = new Date("2026-11-30T09:00:00Z");

function card(overrides: Partial<CardState> = {}): CardState {
  return { ...firstReviewCard(TICK, "UTC", 90), ...overrides };
}

describe("the first review (marking an item done)", () => {
  it("is a review rated Good at the tick: due three local days later at 90 %", () => {
    expect(firstReviewCard(TICK, "UTC", 90)).toEqual({
      state: 2,
      dueOn: "2026-12-03",
      stability: 2.3065,
      difficulty: 2.11810397,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      lastReview: TICK,
    });
  });

  it("comes later when the desired retention is lower", () => {
    expect(firstReviewCard(TICK, "UTC", 80).dueOn).toBe("2026-12-08");
    expect(firstReviewCard(TICK, "UTC", 85).dueOn).toBe("2026-12-04");
    expect(firstReviewCard(TICK, "UTC", 95).dueOn).toBe("2026-12-03");
  });

  it("counts from the tick's local day, not the UTC day", () => {
    // 23:30 UTC on 30 Nov is 08:30 on 1 Dec in Tokyo; 05:00 UTC on 1 Dec is 21:00 on 30 Nov in Los Angeles.
    expect(firstReviewCard(new Date("2026-11-30T23:30:00Z"), "Asia/Tokyo", 90).dueOn).toBe("2026-12-04");
    expect(firstReviewCard(new Date("2026-12-01T05:00:00Z"), "America/Los_Angeles", 90).dueOn).toBe(
      "2026-12-03",
    );
  });

  it("gives set_item_status the same state, with the interval of every retention offered", () => {
    expect(firstCardParams(TICK)).toEqual({
      at: "2026-11-30T09:00:00.000Z",
      state: 2,
      stability: 2.3065,
      difficulty: 2.11810397,
      reps: 1,
      lapses: 0,
      learningSteps: 0,
      intervals: { "80": 8, "85": 4, "90": 3, "95": 3 },
    });
  });

  it("matches the constants the migration used for items already done", () => {
    const sql = readFileSync("prisma/migrations/20261130140000_review_cards/migration.sql", "utf8");
    const backfill = sql.slice(sql.lastIndexOf("INSERT INTO"));
    const params = firstCardParams(TICK);
    expect(backfill).toContain(`date + ${params.intervals["90"]},`);
    expect(backfill).toContain(
      `${params.stability}, ${params.difficulty}, ${params.intervals["90"]}, 0, 1, 0,`,
    );
    expect(backfill).toMatch(/SELECT p\."userId", p\."itemId", 2,/);
  });
});

describe("rating a card", () => {
  it("on its due day with Good: two weeks later, stability up", () => {
    const { card: next, log } = reviewCard(card(), "good", new Date("2026-12-03T12:00:00Z"), "UTC", 90);
    expect(next).toMatchObject({ dueOn: "2026-12-17", scheduledDays: 14, reps: 2, lapses: 0, state: 2 });
    expect(next.stability).toBeCloseTo(13.82690327, 8);
    expect(next.lastReview).toEqual(new Date("2026-12-03T12:00:00Z"));
    expect(log).toMatchObject({
      rating: "good",
      state: 2,
      dueOn: "2026-12-03",
      elapsedDays: 3,
      scheduledDays: 14,
    });
  });

  it("orders the four answers: Again < Hard < Good < Easy", () => {
    expect(previewDueDays(card(), new Date("2026-12-03T09:00:00Z"), "UTC", 90)).toEqual({
      again: "2026-12-04",
      hard: "2026-12-12",
      good: "2026-12-17",
      easy: "2026-12-27",
    });
  });

  it("after a long gap (30 days late) still remembered: a long interval", () => {
    const { card: next, log } = reviewCard(card(), "good", new Date("2027-01-02T09:00:00Z"), "UTC", 90);
    expect(log.elapsedDays).toBe(33);
    expect(next).toMatchObject({ dueOn: "2027-02-10", scheduledDays: 39, reps: 2, lapses: 0 });
    expect(next.stability).toBeCloseTo(38.514324, 6);
  });

  it("a lapse (Again on a learned card): counted, stability falls, back in a few days", () => {
    const learned = reviewCard(card(), "good", new Date("2027-01-02T09:00:00Z"), "UTC", 90).card;
    const { card: next, log } = reviewCard(learned, "again", new Date("2027-02-10T09:00:00Z"), "UTC", 90);
    expect(next).toMatchObject({ lapses: 1, reps: 3, dueOn: "2027-02-13", scheduledDays: 3 });
    expect(next.stability).toBeCloseTo(2.72570534, 8);
    expect(next.difficulty).toBeGreaterThan(learned.difficulty);
    expect(log).toMatchObject({ rating: "again", elapsedDays: 39, dueOn: "2027-02-10" });
  });

  it("Again right after the tick is due the next day", () => {
    const { card: next } = reviewCard(card(), "again", new Date("2026-11-30T18:00:00Z"), "UTC", 90);
    expect(next.dueOn).toBe("2026-12-01");
  });
});

describe("daylight saving time (Europe/Berlin)", () => {
  it("spring forward: a tick at 23:30 on 27 Mar is due on 30 Mar, not 31 Mar", () => {
    // 72 hours after 23:30 CET on 27 Mar is 00:30 CEST on 31 Mar: counting hours would slip a day.
    const tick = firstReviewCard(new Date("2027-03-27T22:30:00Z"), "Europe/Berlin", 90);
    expect(tick.dueOn).toBe("2027-03-30");
  });

  it("spring forward: elapsed days are local calendar days", () => {
    const tick = firstReviewCard(new Date("2027-03-27T22:30:00Z"), "Europe/Berlin", 90);
    // 00:10 CEST on 30 Mar: 47 h 40 min later, three local days.
    const { log } = reviewCard(tick, "good", new Date("2027-03-29T22:10:00Z"), "Europe/Berlin", 90);
    expect(log.elapsedDays).toBe(3);
  });

  it("fall back: a tick at 00:30 CEST on 25 Oct counts from 25 Oct", () => {
    expect(firstReviewCard(new Date("2026-10-24T22:30:00Z"), "Europe/Berlin", 90).dueOn).toBe("2026-10-28");
  });
});

describe("recall on a day (retrievability)", () => {
  it("is certain on the day of the last review and fades after", () => {
    const c = card();
    expect(recallOn(c, "2026-11-30", "UTC")).toBe(1);
    expect(recallOn(c, "2026-11-29", "UTC")).toBe(1);
    expect(recallOn(c, "2026-12-03", "UTC")).toBeCloseTo(0.88094796, 8);
    expect(recallOn(c, "2027-01-02", "UTC")).toBeCloseTo(0.65846069, 8);
  });

  it("counts local days: the same instant is a day later in Tokyo", () => {
    const c = card({ lastReview: new Date("2026-11-30T23:30:00Z") });
    expect(recallOn(c, "2026-12-03", "UTC")).toBeCloseTo(0.88094796, 8);
    expect(recallOn(c, "2026-12-04", "Asia/Tokyo")).toBeCloseTo(0.88094796, 8);
  });

  it("refuses a malformed day", () => {
    expect(() => recallOn(card(), "2026-02-30", "UTC")).toThrow(RangeError);
  });
});

describe("floating dates", () => {
  it("spell the wall-clock time of the zone in UTC fields", () => {
    expect(floating(new Date("2026-11-30T23:30:00Z"), "Asia/Tokyo").toISOString()).toBe(
      "2026-12-01T08:30:00.000Z",
    );
    expect(floating(new Date("2027-03-28T01:30:00Z"), "Europe/Berlin").toISOString()).toBe(
      "2027-03-28T03:30:00.000Z",
    );
    expect(floating(new Date("2026-06-01T12:00:00.123Z"), "UTC").toISOString()).toBe(
      "2026-06-01T12:00:00.123Z",
    );
  });

  it("refuse an unknown zone", () => {
    expect(() => floating(TICK, "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("rescheduling for another retention", () => {
  it("keeps the memory and counts the new interval from the day of the last review", () => {
    const learned = card({ stability: 38.514324 });
    expect(rescheduled(learned, "UTC", 90)).toMatchObject({ scheduledDays: 39, dueOn: "2027-01-08" });
    expect(rescheduled(learned, "UTC", 80).scheduledDays).toBe(128);
    expect(rescheduled(learned, "UTC", 95).scheduledDays).toBe(16);
    expect(rescheduled(learned, "UTC", 95).stability).toBe(38.514324);
  });
});

describe("retention options", () => {
  it("are 80, 85, 90 and 95 percent", () => {
    expect([79, 80, 85, 90, 95, 100, "90"].map(isRetention)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
