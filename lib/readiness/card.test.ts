import { describe, expect, it } from "vitest";

import { certifications, itemsForVersion } from "../curriculum";
import type { ExamVersion } from "../curriculum/types";
import { readiness } from "../progress/readiness";

import { buildPracticeCard } from "./card";
import { official, practice } from "./test-fixtures";

const developer = certifications.developer;
const C03: ExamVersion = developer.versions.find((v) => v.exam.code === "DVA-C03")!;
const planItems = itemsForVersion(C03);

function card(
  attempts: Parameters<typeof buildPracticeCard>[0]["attempts"],
  statuses = new Map(),
  doneOn = new Map(),
) {
  return buildPracticeCard({
    certification: developer,
    version: C03,
    attempts,
    planItems,
    statuses,
    doneOn,
    today: "2026-12-12",
    coverage: readiness(planItems, statuses, C03.domains),
  });
}

describe("buildPracticeCard", () => {
  it("drills nothing and reads coverage alone without attempts", () => {
    const c = card([]);
    expect(c.code).toBe("DVA-C03");
    expect(c.drill).toEqual([]);
    expect(c.readiness.withEvidence).toBe(0);
    expect(c.readiness.percent).toBe(0);
  });

  it("drills the weakest domain by evidence, with the plan's items of that domain", () => {
    const c = card([
      practice("developer", "DVA-C03", "2026-12-02", 60, { "dva-c03-d1": 70, "dva-c03-d2": 50 }),
      practice("developer", "DVA-C03", "2026-12-05", 64, { "dva-c03-d1": 75, "dva-c03-d2": 55 }),
    ]);
    expect(c.drill.map((d) => d.id)).toEqual(["dva-c03-d2"]);
    const security = planItems.filter((item) => item.domains.includes("dva-c03-d2"));
    expect(security.length).toBeGreaterThan(0);
    expect(c.drill[0]!.items.length + c.drill[0]!.more).toBe(security.length);
    expect(c.drill[0]!.items[0]?.id).toBe(security[0]!.id);
    expect(c.readiness.withEvidence).toBe(2);
  });

  it("adds the standing fail's weak domains, including a DVA-C02 domain kept apart", () => {
    const c = card([
      official("developer", "DVA-C02", "2026-11-25", 690, { "dva-c02-d3": false, "dva-c02-d4": false }),
    ]);
    expect(c.drill.map((d) => [d.id, d.title])).toEqual([
      ["dva-c03-d4", "Troubleshooting and Optimization"],
      ["dva-c02-d3", "Deployment (DVA-C02)"],
    ]);
    // Items of the DVA-C03 plan that covered DVA-C02's Deployment still carry its id.
    const deployment = planItems.filter((item) => item.domains.includes("dva-c02-d3"));
    expect(deployment.length).toBeGreaterThan(0);
    expect(c.drill[1]!.items.length + c.drill[1]!.more).toBe(deployment.length);
    expect(c.summary.standingFail?.retakeFrom).toBe("2026-12-09");
  });

  it("keeps what it sends to the page small: the last 30 points and five scores per domain, figures from all", () => {
    const attempts = Array.from({ length: 40 }, (_, i) => {
      const day = `2026-10-${String((i % 30) + 1).padStart(2, "0")}`;
      const date = i < 30 ? day : `2026-11-${String(i - 29).padStart(2, "0")}`;
      return practice("developer", "DVA-C02", date, 40 + i, { "dva-c02-d2": 30 + i });
    });
    const c = card(attempts);
    expect(c.summary.practiceCount).toBe(40);
    expect(c.summary.points).toHaveLength(30);
    expect(c.summary.points[0]?.percent).toBe(50);
    expect(c.summary.best?.percent).toBe(79);
    const security = c.summary.domains.find((d) => d.id === "dva-c03-d2")!;
    expect(security.scoreCount).toBe(40);
    expect(security.scores.map((s) => s.percent)).toEqual([65, 66, 67, 68, 69]);
    expect(security.recent).toBe(68); // (67 + 68 + 69) ÷ 3
  });
});
