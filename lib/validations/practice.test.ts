import { z } from "zod";
import { describe, expect, it } from "vitest";

import { attemptFileSchema, saveAttemptSchema } from "./practice";

function parse(input: Record<string, unknown>) {
  const result = saveAttemptSchema.safeParse(input);
  return result.success
    ? { ok: true as const, ...result.data }
    : { ok: false as const, errors: z.flattenError(result.error).fieldErrors as Record<string, string[]> };
}

const practice = {
  kind: "practice",
  cert: "developer",
  date: "2026-12-03",
  source: "tutorials_dojo",
  mode: "timed_full_exam",
  percent: "68",
};

describe("saveAttemptSchema: practice attempts", () => {
  it("takes the version in use on the date: DVA-C02 until 30 Nov 2026, DVA-C03 from 1 Dec", () => {
    const before = parse({ ...practice, date: "2026-11-30", domainScores: { "dva-c02-d3": "12/16" } });
    const after = parse({ ...practice, date: "2026-12-01", domainScores: { "dva-c03-d3": "60" } });
    expect(before.ok && before.record).toMatchObject({
      examCode: "DVA-C02",
      domains: [{ domainId: "dva-c02-d3", percent: 75, correct: 12, total: 16, meets: null }],
    });
    expect(after.ok && after.record).toMatchObject({
      examCode: "DVA-C03",
      domains: [{ domainId: "dva-c03-d3", percent: 60, correct: null, total: null, meets: null }],
    });
  });

  it("stores a full record and drops empty domain fields", () => {
    const r = parse({
      ...practice,
      percent: "",
      questions: "65",
      correct: "45",
      notes: "missed\r\nKMS questions",
      domainScores: { "dva-c03-d1": "", "dva-c03-d2": "55" },
    });
    expect(r).toEqual({
      ok: true,
      id: undefined,
      record: {
        kind: "practice",
        cert: "developer",
        examCode: "DVA-C03",
        takenOn: "2026-12-03",
        source: "tutorials_dojo",
        sourceName: null,
        mode: "timed_full_exam",
        questions: 65,
        correct: 45,
        percent: 69.2,
        scaledScore: null,
        passed: null,
        notes: "missed\nKMS questions",
        domains: [{ domainId: "dva-c03-d2", percent: 55, correct: null, total: null, meets: null }],
      },
    });
  });

  it.each([
    [{ percent: "101" }, "percent", "Enter a percent from 0 to 100."],
    [{ percent: "-3" }, "percent", "Enter a percent from 0 to 100."],
    [
      { percent: "" },
      "percent",
      "Score is required: enter it as a percent, or the questions and correct answers.",
    ],
    [{ source: "" }, "source", "Choose where the questions came from."],
    [{ source: "other" }, "sourceName", "Name the source."],
    [{ mode: "" }, "mode", "Choose how you took it."],
    [{ date: "03/12/2026" }, "date", "Enter a date like 2026-12-03."],
    [{ date: "2019-12-31" }, "date", "Enter a date from 1 Jan 2020 on."],
    [{ questions: "0" }, "questions", "Enter a whole number of questions from 1 to 1,000."],
    [{ questions: "10", correct: "11", percent: "" }, "correct", "Correct answers cannot exceed 10."],
    [
      { domainScores: { "dva-c03-d2": "120" } },
      "domain:dva-c03-d2",
      "Enter a percent from 0 to 100, or correct/total like 12/16.",
    ],
    [{ domainScores: { "dva-c03-d2": "9/8" } }, "domain:dva-c03-d2", "Correct answers cannot exceed 8."],
    [{ notes: "x".repeat(2001) }, "notes", "Notes can be up to 2,000 characters."],
    [{ cert: "sysops" }, "cert", "Choose the Solutions Architect or the Developer exam."],
  ])("refuses %j with an error on %s", (change, field, message) => {
    const r = parse({ ...practice, ...change });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[field]).toContain(message);
  });

  it("refuses scores for the other version's domains (the date decides the domains)", () => {
    const r = parse({ ...practice, date: "2026-11-30", domainScores: { "dva-c03-d3": "60" } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.date?.[0]).toMatch(/^On this date the exam is DVA-C02/);
  });

  it("keeps a named other source, and no name for a listed one", () => {
    const other = parse({ ...practice, source: "other", sourceName: "  Udemy: Stephane Maarek  " });
    expect(other.ok && other.record.sourceName).toBe("Udemy: Stephane Maarek");
    const listed = parse({ ...practice, source: "whizlabs", sourceName: "ignored" });
    expect(listed.ok && listed.record.sourceName).toBeNull();
  });

  it("accepts an id for an edit, and refuses one that is not a uuid", () => {
    const id = "3f1c2b9e-5d4a-4e8f-9a7b-1c2d3e4f5a6b";
    expect(parse({ ...practice, id })).toMatchObject({ ok: true, id });
    expect(parse({ ...practice, id: "1 OR 1=1" })).toMatchObject({
      ok: false,
      errors: { id: ["Unknown attempt."] },
    });
  });
});

const result = {
  kind: "official",
  cert: "architect",
  date: "2026-12-10",
  scaledScore: "684",
  result: "fail",
};

describe("saveAttemptSchema: real exam results", () => {
  it("stores the scaled score, pass/fail and the report's domain verdicts", () => {
    const r = parse({
      ...result,
      percent: "99",
      domainResults: { "saa-c03-d1": "meets", "saa-c03-d2": "needs-improvement", "saa-c03-d3": "" },
    });
    expect(r.ok && r.record).toEqual({
      kind: "official",
      cert: "architect",
      examCode: "SAA-C03",
      takenOn: "2026-12-10",
      source: null,
      sourceName: null,
      mode: null,
      questions: null,
      correct: null,
      percent: null,
      scaledScore: 684,
      passed: false,
      notes: "",
      domains: [
        { domainId: "saa-c03-d1", percent: null, correct: null, total: null, meets: true },
        { domainId: "saa-c03-d2", percent: null, correct: null, total: null, meets: false },
      ],
    });
  });

  it.each([
    [
      { scaledScore: "" },
      "scaledScore",
      "Scaled score is required: enter the one on your score report, 100 to 1000.",
    ],
    [{ scaledScore: "99" }, "scaledScore", "Enter a whole number from 100 to 1000."],
    [{ scaledScore: "1001" }, "scaledScore", "Enter a whole number from 100 to 1000."],
    [{ scaledScore: "720.5" }, "scaledScore", "Enter a whole number from 100 to 1000."],
    [{ result: "" }, "result", "Choose pass or fail."],
    [
      { scaledScore: "720", result: "fail" },
      "result",
      "720 is at least 720, the passing score: that is a pass.",
    ],
    [
      { scaledScore: "719", result: "pass" },
      "result",
      "719 is under 720, the passing score: that is a fail.",
    ],
  ])("refuses %j with an error on %s", (change, field, message) => {
    const r = parse({ ...result, ...change });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[field]).toContain(message);
  });

  it("passes at exactly 720", () => {
    expect(parse({ ...result, scaledScore: "720", result: "pass" })).toMatchObject({
      ok: true,
      record: { passed: true, scaledScore: 720 },
    });
  });
});

describe("attemptFileSchema", () => {
  const fileAttempt = {
    exam: "developer",
    version: "DVA-C02",
    kind: "practice",
    date: "2026-11-20",
    source: "whizlabs",
    sourceName: null,
    mode: "domain_set",
    questions: 20,
    correct: 14,
    percent: 70,
    scaledScore: null,
    passed: null,
    domains: [{ domain: "dva-c02-d3", percent: null, correct: 7, total: 10, result: null }],
    notes: "",
  };

  it("reads an exported attempt, computing a domain percent from its counts", () => {
    const r = attemptFileSchema.safeParse(fileAttempt);
    expect(r.success && r.data).toMatchObject({
      examCode: "DVA-C02",
      percent: 70,
      domains: [{ domainId: "dva-c02-d3", percent: 70, correct: 7, total: 10, meets: null }],
    });
  });

  it.each([
    [{ version: "DVA-C09" }, "names DVA-C09, which is not a version of that exam"],
    [{ version: "SAA-C03" }, "names SAA-C03, which is not a version of that exam"],
    [{ percent: 140 }, "has a percent over 100"],
    [{ kind: "official", percent: null }, "has an exam result without scaled score or pass/fail"],
    [{ kind: "official", scaledScore: 50, passed: false }, "has a scaled score under 100"],
    [{ domains: [{ domain: "dva-c03-d3", percent: 50 }] }, "names a domain that is not part of DVA-C02"],
    [{ percent: null }, "has a practice attempt without score, source or mode"],
  ])("refuses %j", (change, message) => {
    const r = attemptFileSchema.safeParse({ ...fileAttempt, ...change });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.message).toBe(message);
  });
});
