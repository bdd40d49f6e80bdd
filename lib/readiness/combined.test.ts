import { describe, expect, it } from "vitest";

import { makeDomain, makeItem, statusMap } from "../progress/test-fixtures";
import { readiness } from "../progress/readiness";

import { evidenceReadiness } from "./combined";
import type { DomainEvidence } from "./evidence";

const domains = [makeDomain("d1", 60), makeDomain("d2", 40)];
// d1: 2 items, d2: 2 items.
const items = [
  makeItem("a", { domains: ["d1"] }),
  makeItem("b", { domains: ["d1"] }),
  makeItem("c", { domains: ["d2"] }),
  makeItem("d", { domains: ["d2"] }),
];

function evidence(id: string, recent: number | null): DomainEvidence {
  return {
    id,
    title: `Domain ${id}`,
    weight: 0,
    scores: [],
    scoreCount: 0,
    recent,
    latest: recent,
    direction: null,
    lastWeakOn: null,
    needsImprovement: false,
  };
}

describe("evidenceReadiness", () => {
  it("is coverage alone without practice evidence", () => {
    const coverage = readiness(items, statusMap({ a: "done" }), domains);
    const r = evidenceReadiness(coverage, [evidence("d1", null), evidence("d2", null)]);
    expect(r.percent).toBe(coverage.percent); // 60 × 0.5 = 30
    expect(r.percent).toBe(30);
    expect(r.withEvidence).toBe(0);
    expect(r.domains.map((d) => [d.coverage, d.evidence, d.percent])).toEqual([
      [50, null, 50],
      [0, null, 0],
    ]);
  });

  it("averages coverage and evidence, never above the evidence", () => {
    const coverage = readiness(items, statusMap({ a: "done", b: "done" }), domains);
    // d1: C = 1, score 54 → E = 0.75; (1 + 0.75) ÷ 2 = 0.875, capped at 0.75.
    // d2: C = 0, score 72 → E = 1; (0 + 1) ÷ 2 = 0.5.
    const r = evidenceReadiness(coverage, [evidence("d1", 54), evidence("d2", 72)]);
    expect(r.domains.map((d) => [d.id, d.share, d.percent])).toEqual([
      ["d1", 0.75, 75],
      ["d2", 0.5, 50],
    ]);
    // 60 × 0.75 + 40 × 0.5 = 65
    expect(r.percent).toBe(65);
    expect(r.withEvidence).toBe(2);
    expect(r.weakest?.id).toBe("d2");
  });

  it("counts a score above the line in full, and mixes domains with and without evidence", () => {
    const coverage = readiness(items, statusMap({ a: "done" }), domains);
    // d1: C = 0.5, score 90 → E = 1 → 0.75. d2: no evidence, C = 0.
    const r = evidenceReadiness(coverage, [evidence("d1", 90)]);
    expect(r.domains.map((d) => d.share)).toEqual([0.75, 0]);
    expect(r.percent).toBe(45); // 60 × 0.75
    expect(r.withEvidence).toBe(1);
  });

  it("reads 100 only when every domain is fully covered and at the line", () => {
    const all = statusMap({ a: "done", b: "done", c: "done", d: "done" });
    const coverage = readiness(items, all, domains);
    expect(evidenceReadiness(coverage, [evidence("d1", 72), evidence("d2", 95)]).percent).toBe(100);
    // A hair under the line in one domain: 99, not a rounded 100.
    expect(evidenceReadiness(coverage, [evidence("d1", 71.9), evidence("d2", 95)]).percent).toBe(99);
  });

  it("handles an exam without domains", () => {
    expect(evidenceReadiness(readiness([], new Map(), []), [])).toEqual({
      percent: 0,
      domains: [],
      withEvidence: 0,
      weakest: null,
    });
  });
});
