import { describe, expect, it } from "vitest";

import { certifications } from "../curriculum";
import type { ExamVersion } from "../curriculum/types";

import { summarizePractice } from "./evidence";
import { official, practice } from "./test-fixtures";

const architect = certifications.architect;
const SAA = architect.versions[0]!;
const developer = certifications.developer;
const version = (code: string): ExamVersion => developer.versions.find((v) => v.exam.code === code)!;
const C02 = version("DVA-C02");
const C03 = version("DVA-C03");

describe("summarizePractice", () => {
  it("has no evidence, no weakest domain and no forecast without attempts", () => {
    const s = summarizePractice([], architect, SAA, "2026-12-10");
    expect(s.points).toEqual([]);
    expect(s.latest).toBeNull();
    expect(s.best).toBeNull();
    expect(s.weakest).toEqual([]);
    expect(s.results).toEqual([]);
    expect(s.standingFail).toBeNull();
    expect(s.codes).toEqual([]);
    expect(s.domains.map((d) => [d.id, d.recent, d.latest, d.direction, d.lastWeakOn])).toEqual([
      ["saa-c03-d1", null, null, null, null],
      ["saa-c03-d2", null, null, null, null],
      ["saa-c03-d3", null, null, null, null],
      ["saa-c03-d4", null, null, null, null],
    ]);
    expect(s.forecast).toEqual({ kind: "too-few", needed: 3 });
  });

  it("reads one attempt: latest and best are that attempt", () => {
    const a = practice("architect", "SAA-C03", "2026-12-01", 64, { "saa-c03-d1": 70, "saa-c03-d2": 55 });
    const s = summarizePractice([a], architect, SAA, "2026-12-10");
    expect(s.latest).toMatchObject({ attemptId: a.id, percent: 64, takenOn: "2026-12-01" });
    expect(s.best).toMatchObject({ attemptId: a.id, percent: 64 });
    expect(s.domains.map((d) => [d.id, d.recent, d.direction, d.lastWeakOn])).toEqual([
      // Both under the 72 % line: both weak on that day.
      ["saa-c03-d1", 70, null, "2026-12-01"],
      ["saa-c03-d2", 55, null, "2026-12-01"],
      ["saa-c03-d3", null, null, null],
      ["saa-c03-d4", null, null, null],
    ]);
    expect(s.weakest.map((d) => d.id)).toEqual(["saa-c03-d2"]);
    expect(s.forecast).toEqual({ kind: "too-few", needed: 2 });
  });

  it("leaves a domain without scores out of the evidence (domain missing), and averages the last three", () => {
    const attempts = [
      practice("architect", "SAA-C03", "2026-12-01", 60, { "saa-c03-d1": 40, "saa-c03-d3": 80 }),
      practice("architect", "SAA-C03", "2026-12-03", 66, { "saa-c03-d1": 60 }),
      practice("architect", "SAA-C03", "2026-12-05", 70, { "saa-c03-d1": 65, "saa-c03-d3": 70 }),
      practice("architect", "SAA-C03", "2026-12-07", 74, { "saa-c03-d1": 80, "saa-c03-d3": 75 }),
    ];
    const s = summarizePractice(attempts, architect, SAA, "2026-12-07");
    const d1 = s.domains[0]!;
    expect(d1.scores.map((x) => x.percent)).toEqual([40, 60, 65, 80]);
    expect(d1.recent).toBeCloseTo((60 + 65 + 80) / 3, 10);
    expect(d1.direction).toBe("up");
    expect(d1.lastWeakOn).toBe("2026-12-05");
    const d3 = s.domains[2]!;
    expect(d3.recent).toBe(75);
    expect(d3.direction).toBe("up");
    // 80, 70, 75: the 70 on 5 Dec is its last score under the line.
    expect(d3.lastWeakOn).toBe("2026-12-05");
    expect(s.domains[1]!.recent).toBeNull();
    expect(s.domains[3]!.recent).toBeNull();
    // d1 recent 68.3 < d3 75.
    expect(s.weakest.map((d) => d.id)).toEqual(["saa-c03-d1"]);
    expect(s.best?.percent).toBe(74);
    expect(s.latest?.percent).toBe(74);
  });

  it("keeps every domain tied for weakest", () => {
    const s = summarizePractice(
      [
        practice("architect", "SAA-C03", "2026-12-01", 60, {
          "saa-c03-d2": 50,
          "saa-c03-d4": 50,
          "saa-c03-d1": 90,
        }),
      ],
      architect,
      SAA,
      "2026-12-01",
    );
    expect(s.weakest.map((d) => d.id)).toEqual(["saa-c03-d2", "saa-c03-d4"]);
  });

  it("orders attempts by day whatever order they come in, and ignores the other exam's", () => {
    const late = practice("architect", "SAA-C03", "2026-12-09", 80);
    const early = practice("architect", "SAA-C03", "2026-12-02", 50);
    const other = practice("developer", "DVA-C03", "2026-12-05", 99);
    const s = summarizePractice([late, other, early], architect, SAA, "2026-12-10");
    expect(s.points.map((p) => p.percent)).toEqual([50, 80]);
    expect(s.latest?.attemptId).toBe(late.id);
  });

  it("counts DVA-C02 scores for the DVA-C03 domain of the same title, and keeps Deployment apart", () => {
    const attempts = [
      practice("developer", "DVA-C02", "2026-11-20", 62, {
        "dva-c02-d1": 70,
        "dva-c02-d2": 50,
        "dva-c02-d3": 60,
        "dva-c02-d4": 66,
      }),
      practice("developer", "DVA-C03", "2026-12-04", 68, {
        "dva-c03-d1": 74,
        "dva-c03-d2": 58,
        "dva-c03-d3": 64,
        "dva-c03-d4": 70,
      }),
    ];
    const s = summarizePractice(attempts, developer, C03, "2026-12-05");
    expect(s.codes).toEqual(["DVA-C02", "DVA-C03"]);
    expect(s.domains.map((d) => [d.title, d.scores.map((x) => `${x.examCode} ${x.percent}`)])).toEqual([
      ["Development with AWS Services", ["DVA-C02 70", "DVA-C03 74"]],
      ["Security", ["DVA-C02 50", "DVA-C03 58"]],
      ["Testing and Deployment", ["DVA-C03 64"]],
      ["Troubleshooting and Optimization", ["DVA-C02 66", "DVA-C03 70"]],
    ]);
    expect(s.apart).toEqual([
      {
        id: "dva-c02-d3",
        title: "Deployment",
        code: "DVA-C02",
        scores: [{ takenOn: "2026-11-20", percent: 60, examCode: "DVA-C02" }],
        scoreCount: 1,
        recent: 60,
        lastWeakOn: "2026-11-20",
        needsImprovement: false,
      },
    ]);
    expect(s.weakest.map((d) => d.id)).toEqual(["dva-c03-d2"]); // Security: (50 + 58) ÷ 2 = 54
    // The overall trend keeps both versions' attempts, each labelled with its version.
    expect(s.points.map((p) => [p.examCode, p.percent])).toEqual([
      ["DVA-C02", 62],
      ["DVA-C03", 68],
    ]);
  });

  it("reads a candidate still on DVA-C02 the other way round", () => {
    const s = summarizePractice(
      [practice("developer", "DVA-C03", "2026-12-02", 70, { "dva-c03-d2": 55, "dva-c03-d3": 40 })],
      developer,
      C02,
      "2026-12-02",
    );
    expect(s.domains.find((d) => d.id === "dva-c02-d2")?.recent).toBe(55);
    expect(s.domains.find((d) => d.id === "dva-c02-d3")?.recent).toBeNull();
    expect(s.apart.map((d) => [d.id, d.recent])).toEqual([["dva-c03-d3", 40]]);
  });

  it("reports real exam results newest first, with the retake date and weak domains of a fail", () => {
    const fail = official("developer", "DVA-C03", "2026-12-10", 684, {
      "dva-c03-d1": true,
      "dva-c03-d2": false,
      "dva-c03-d3": false,
      "dva-c03-d4": true,
    });
    const s = summarizePractice([fail], developer, C03, "2026-12-11");
    expect(s.results).toEqual([
      {
        attemptId: fail.id,
        takenOn: "2026-12-10",
        examCode: "DVA-C03",
        scaledScore: 684,
        passed: false,
        passingScore: 720,
        retakeFrom: "2026-12-24",
        retakeOpen: false,
        needsImprovement: [
          { id: "dva-c03-d2", title: "Security", code: "DVA-C03" },
          { id: "dva-c03-d3", title: "Testing and Deployment", code: "DVA-C03" },
        ],
        meets: [
          { id: "dva-c03-d1", title: "Development with AWS Services", code: "DVA-C03" },
          { id: "dva-c03-d4", title: "Troubleshooting and Optimization", code: "DVA-C03" },
        ],
      },
    ]);
    expect(s.standingFail?.attemptId).toBe(fail.id);
    expect(s.domains.map((d) => [d.id, d.needsImprovement, d.lastWeakOn])).toEqual([
      ["dva-c03-d1", false, null],
      ["dva-c03-d2", true, "2026-12-10"],
      ["dva-c03-d3", true, "2026-12-10"],
      ["dva-c03-d4", false, null],
    ]);
    // A real result is not a practice score: no practice evidence comes from it.
    expect(s.points).toEqual([]);
    expect(s.weakest).toEqual([]);
  });

  it("crosses the retake wait over a month and year end", () => {
    const s = summarizePractice(
      [official("architect", "SAA-C03", "2026-12-25", 650)],
      architect,
      SAA,
      "2026-12-26",
    );
    expect(s.results[0]?.retakeFrom).toBe("2027-01-08");
  });

  it("lifts a fail's weak domains once a later result passes", () => {
    const s = summarizePractice(
      [
        official("developer", "DVA-C02", "2026-11-02", 690, { "dva-c02-d2": false, "dva-c02-d3": false }),
        official("developer", "DVA-C03", "2026-12-20", 760),
      ],
      developer,
      C03,
      "2026-12-21",
    );
    expect(s.standingFail).toBeNull();
    expect(s.results.map((r) => [r.scaledScore, r.passed, r.retakeFrom])).toEqual([
      [760, true, null],
      [690, false, "2026-11-16"],
    ]);
    expect(s.domains.some((d) => d.needsImprovement)).toBe(false);
    // The old fail still dates the last weak result of Security (for the drill list).
    expect(s.domains[1]?.lastWeakOn).toBe("2026-11-02");
  });

  it("marks a DVA-C02 fail's weak domains on the DVA-C03 domains of the same title, Deployment apart", () => {
    const s = summarizePractice(
      [official("developer", "DVA-C02", "2026-11-25", 700, { "dva-c02-d2": false, "dva-c02-d3": false })],
      developer,
      C03,
      "2026-12-02",
    );
    expect(s.domains.filter((d) => d.needsImprovement).map((d) => d.id)).toEqual(["dva-c03-d2"]);
    expect(s.apart.map((d) => [d.id, d.needsImprovement])).toEqual([["dva-c02-d3", true]]);
  });
});
