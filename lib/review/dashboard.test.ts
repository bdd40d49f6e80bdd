import { describe, expect, it } from "vitest";

import { certifications, items, itemsForCert, skillAreas, steps } from "../curriculum";
import { buildDashboard, type DashboardInput } from "../progress/dashboard";

import { firstReviewCard } from "./fsrs";

/** The dashboard's review figures, from hand-built rows (the SQL side is in tests/integration/review.test.ts). */

const [a, b] = itemsForCert("architect");
const curriculum = { items, certifications, steps, skillAreas };
const now = new Date("2026-12-03T10:00:00Z");

function input(overrides: Partial<DashboardInput> = {}): DashboardInput {
  return {
    timeZone: "UTC",
    now,
    enrollments: [
      { cert: "architect", position: 0, targetDate: "2027-01-02", weeklyHours: 5, enrolledOn: "2026-11-01" },
    ],
    dismissedNotices: new Set(),
    statuses: new Map([
      [a!.id, "done"],
      [b!.id, "done"],
    ]),
    doneDays: new Map([["2026-11-30", 2]]),
    recent: [],
    review: {
      retention: 90,
      due: 2,
      next: "2026-12-17",
      cards: new Map([
        [a!.id, firstReviewCard(new Date("2026-11-30T09:00:00Z"), "UTC", 90)],
        [b!.id, firstReviewCard(new Date("2026-11-30T09:00:00Z"), "UTC", 90)],
      ]),
      days: new Map([
        ["2026-12-01", 1],
        ["2026-12-02", 3],
        ["2026-12-03", 1],
      ]),
      recent: [{ itemId: a!.id, rating: "good", at: new Date("2026-12-03T09:00:00Z") }],
    },
    ...overrides,
  };
}

describe("the dashboard with spaced review", () => {
  it("counts review days in the streak: a tick, then three days of reviews", () => {
    const d = buildDashboard(input(), curriculum);
    expect(d.streaks.current).toBe(4);
    const days = d.heatmap.flat();
    expect(days.find((day) => day.date === "2026-12-02")).toMatchObject({ count: 3, reviews: 3 });
    expect(days.find((day) => day.date === "2026-11-30")).toMatchObject({ count: 2, reviews: 0 });
  });

  it("passes on the due count, the next due day and the latest reviews with titles", () => {
    const d = buildDashboard(input(), curriculum);
    expect(d.reviews).toEqual({
      due: 2,
      next: "2026-12-17",
      recent: [{ itemId: a!.id, title: a!.title, rating: "good", at: new Date("2026-12-03T09:00:00Z") }],
    });
  });

  it("puts expected recall on exam day below readiness: both items at 0.65846069 on 2 Jan", () => {
    const exam = buildDashboard(input(), curriculum).exams[0]!;
    expect(exam.recall.kind).toBe("expected");
    if (exam.recall.kind !== "expected") return;
    expect(exam.recall).toMatchObject({ day: "2027-01-02", cards: 2 });
    expect(exam.recall.percent).toBeGreaterThan(0);
    expect(exam.recall.percent).toBeLessThanOrEqual(exam.readiness.percent);
    // Every done item recalls 0.658…, so recall is readiness × 0.658 (rounded the same way).
    const unrounded = exam.readiness.domains.reduce((sum, d) => sum + d.weight * d.share, 0) / 100;
    expect(exam.recall.percent).toBe(Math.round(unrounded * 0.65846069 * 100));
  });

  it("says why there is no expected recall: no exam date, or a date in the past", () => {
    const noDate = input({
      enrollments: [
        { cert: "architect", position: 0, targetDate: null, weeklyHours: null, enrolledOn: "2026-11-01" },
      ],
    });
    expect(buildDashboard(noDate, curriculum).exams[0]!.recall).toEqual({ kind: "no-exam-date" });
    const past = input({
      enrollments: [
        {
          cert: "architect",
          position: 0,
          targetDate: "2026-12-02",
          weeklyHours: null,
          enrolledOn: "2026-11-01",
        },
      ],
    });
    expect(buildDashboard(past, curriculum).exams[0]!.recall).toEqual({ kind: "exam-passed" });
  });

  it("works without review data (zero due, recall from no cards)", () => {
    const d = buildDashboard(input({ review: undefined }), curriculum);
    expect(d.reviews.due).toBe(0);
    expect(d.streaks.current).toBe(0);
    expect(d.exams[0]!.recall).toMatchObject({ kind: "expected", percent: 0 });
  });
});
