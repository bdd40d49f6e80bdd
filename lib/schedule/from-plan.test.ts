import { describe, expect, it } from "vitest";

import { items } from "../curriculum";
import { firstReviewCard } from "../review/fsrs";

import { stepRank } from "./build";
import { planSchedule, type PlanRows } from "./from-plan";

// Wednesday 3 March 2027; the exam on Wednesday 24 March: weeks of 1, 8, 15 and 22 March.
const NOW = new Date("2027-03-03T12:00:00Z");

function rows(overrides: Partial<PlanRows> = {}): PlanRows {
  return {
    enrollments: [{ cert: "architect", position: 0, targetDate: "2027-03-24", weeklyHours: 6 }],
    statuses: new Map(),
    doneOn: new Map(),
    pins: new Map(),
    weekHours: new Map(),
    ...overrides,
  };
}

describe("planSchedule with review cards (issue #15 → #13)", () => {
  it("keeps each week's expected review time free", () => {
    // Two items ticked on Monday 1 March: each card is first due three days later (Thursday 4
    // March, this week), then again in a later week; five minutes a review.
    const card = firstReviewCard(new Date("2027-03-01T09:00:00Z"), "UTC", 90);
    expect(card.dueOn).toBe("2027-03-04");
    const withCards = planSchedule(
      rows({
        statuses: new Map([
          ["iam-basics", "done"],
          ["s3-first-bucket", "done"],
        ]),
        review: { cards: [card, { ...card }], retention: 90 },
      }),
      NOW,
      "UTC",
    );
    const reserved = withCards.weeks.map((w) => [w.start, w.reservedMinutes]);
    expect(reserved[0]).toEqual(["2027-03-01", 10]);
    // Study planned this week fits in what the review time leaves of the 6 hours.
    expect(withCards.weeks[0]!.plannedMinutes).toBeLessThanOrEqual(360 - 10);
    const total = withCards.weeks.reduce((sum, w) => sum + w.reservedMinutes, 0);
    expect(total).toBeGreaterThan(10);

    const without = planSchedule(rows(), NOW, "UTC");
    expect(without.weeks.every((w) => w.reservedMinutes === 0)).toBe(true);
  });

  it("reserves nothing without an exam date (nothing is scheduled) or without cards", () => {
    const card = firstReviewCard(new Date("2027-03-01T09:00:00Z"), "UTC", 90);
    const noDate = planSchedule(
      rows({
        enrollments: [{ cert: "architect", position: 0, targetDate: null, weeklyHours: 6 }],
        review: { cards: [card], retention: 90 },
      }),
      NOW,
      "UTC",
    );
    expect(noDate.weeks.every((w) => w.reservedMinutes === 0)).toBe(true);
    const noCards = planSchedule(rows({ review: { cards: [], retention: 90 } }), NOW, "UTC");
    expect(noCards.weeks.every((w) => w.reservedMinutes === 0)).toBe(true);
  });
});

describe("planSchedule with exam results (issue #14 → #13)", () => {
  const developer = rows({
    enrollments: [{ cert: "developer", position: 0, targetDate: "2027-03-24", weeklyHours: 40 }],
  });
  const failed = {
    id: "a1",
    cert: "developer",
    kind: "official",
    takenOn: "2027-02-20",
    createdAt: "2027-02-20T18:00:00.000Z",
    passed: false,
    domains: [
      { domainId: "dva-c03-d1", meets: true },
      { domainId: "dva-c03-d4", meets: false },
    ],
  } as const;
  const weak = new Set(items.filter((i) => i.domains.includes("dva-c03-d4")).map((i) => i.id));
  // The schedule orders by step rank (lib/schedule/build.ts): focus moves items forward within a rank.
  const rankOf = new Map(items.map((i) => [i.id, stepRank(i)]));

  /** Sections in which an item outside the weak domain is planned before one inside it. */
  function sectionsWithWeakLate(schedule: ReturnType<typeof planSchedule>): (number | null)[] {
    const seenOther = new Set<number | null>();
    const late = new Set<number | null>();
    for (const entry of schedule.weeks.flatMap((w) => w.entries)) {
      if (entry.kind !== "topic") continue;
      const section = rankOf.get(entry.itemId)!;
      if (weak.has(entry.itemId)) {
        if (seenOther.has(section)) late.add(section);
      } else seenOther.add(section);
    }
    return [...late];
  }

  it("puts a failed exam's weak domains first in each step", () => {
    expect(sectionsWithWeakLate(planSchedule(developer, NOW, "UTC"))).not.toEqual([]);
    const withResult = planSchedule({ ...developer, examResults: [failed] }, NOW, "UTC");
    expect(sectionsWithWeakLate(withResult)).toEqual([]);
  });

  it("changes nothing after a pass, or for practice scores", () => {
    const plain = planSchedule(developer, NOW, "UTC");
    const passed = {
      ...failed,
      id: "a2",
      takenOn: "2027-02-27",
      createdAt: "2027-02-27T18:00:00.000Z",
      passed: true,
    };
    expect(planSchedule({ ...developer, examResults: [failed, passed] }, NOW, "UTC").weeks).toEqual(
      plain.weeks,
    );
    const practice = { ...failed, kind: "practice" } as const;
    expect(planSchedule({ ...developer, examResults: [practice] }, NOW, "UTC").weeks).toEqual(plain.weeks);
  });
});
