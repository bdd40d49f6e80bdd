import { describe, expect, it } from "vitest";

import { certifications } from "../curriculum";
import type { ExamVersion } from "../curriculum/types";

import { focusDomainsFromResults } from "./focus";
import { official, practice } from "./test-fixtures";

const SAA = certifications.architect.versions[0]!;
const dva = (code: string): ExamVersion =>
  certifications.developer.versions.find((v) => v.exam.code === code)!;
const C02 = dva("DVA-C02");
const C03 = dva("DVA-C03");

describe("focusDomainsFromResults", () => {
  it("is empty without results, and practice attempts never count", () => {
    expect(focusDomainsFromResults([], [SAA, C03])).toEqual([]);
    expect(
      focusDomainsFromResults(
        [practice("architect", "SAA-C03", "2026-12-01", 40, { "saa-c03-d1": 10 })],
        [SAA],
      ),
    ).toEqual([]);
  });

  it("gives the weak domains of a failed result, in the version's domain order", () => {
    const fail = official("architect", "SAA-C03", "2026-12-10", 650, {
      "saa-c03-d4": false,
      "saa-c03-d1": true,
      "saa-c03-d2": false,
    });
    expect(focusDomainsFromResults([fail], [SAA])).toEqual(["saa-c03-d2", "saa-c03-d4"]);
  });

  it("gives nothing once the latest result is a pass", () => {
    const fail = official("architect", "SAA-C03", "2026-11-01", 650, { "saa-c03-d2": false });
    const pass = official("architect", "SAA-C03", "2026-12-01", 780);
    expect(focusDomainsFromResults([pass, fail], [SAA])).toEqual([]);
  });

  it("uses the latest failed result only, whatever the order given", () => {
    const older = official("architect", "SAA-C03", "2026-10-01", 600, { "saa-c03-d1": false });
    const newer = official("architect", "SAA-C03", "2026-11-01", 700, { "saa-c03-d3": false });
    expect(focusDomainsFromResults([newer, older], [SAA])).toEqual(["saa-c03-d3"]);
  });

  it("maps a DVA-C02 report onto a DVA-C03 plan by title, keeping Deployment under its DVA-C02 id", () => {
    const fail = official("developer", "DVA-C02", "2026-11-25", 690, {
      "dva-c02-d3": false,
      "dva-c02-d2": false,
      "dva-c02-d1": true,
    });
    expect(focusDomainsFromResults([fail], [C03])).toEqual(["dva-c03-d2", "dva-c02-d3"]);
    // A plan still on DVA-C02 takes the ids as they are.
    expect(focusDomainsFromResults([fail], [C02])).toEqual(["dva-c02-d2", "dva-c02-d3"]);
  });

  it("covers each exam of the plan in the order given, and ignores exams not in the plan", () => {
    const saa = official("architect", "SAA-C03", "2026-12-01", 640, { "saa-c03-d1": false });
    const dvaFail = official("developer", "DVA-C03", "2026-12-05", 650, { "dva-c03-d4": false });
    expect(focusDomainsFromResults([saa, dvaFail], [C03, SAA])).toEqual(["dva-c03-d4", "saa-c03-d1"]);
    expect(focusDomainsFromResults([saa, dvaFail], [SAA])).toEqual(["saa-c03-d1"]);
  });

  it("ignores domain ids it does not know", () => {
    const fail = official("architect", "SAA-C03", "2026-12-01", 640, {
      "saa-c03-d9": false,
      "saa-c03-d1": false,
    });
    expect(focusDomainsFromResults([fail], [SAA])).toEqual(["saa-c03-d1"]);
  });
});
