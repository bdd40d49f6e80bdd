import { describe, expect, it } from "vitest";

import { overallScore, parseDomainScore, parsePercent } from "./scores";

describe("parsePercent", () => {
  it.each([
    ["75", 75],
    ["75 %", 75],
    ["75%", 75],
    ["0", 0],
    ["100", 100],
    ["69.23", 69.2],
    ["69,25", 69.3],
    [" 8 ", 8],
  ])("reads %j as %d", (raw, expected) => {
    expect(parsePercent(raw)).toBe(expected);
  });

  it.each(["", "-1", "100.1", "101", "abc", "7 5", "1e2", "50%%"])("refuses %j", (raw) => {
    expect(parsePercent(raw)).toBeNull();
  });
});

describe("parseDomainScore", () => {
  it("reads nothing as no score", () => {
    expect(parseDomainScore("  ")).toEqual({ ok: true, value: null });
  });

  it("reads a percent", () => {
    expect(parseDomainScore("62.5")).toEqual({
      ok: true,
      value: { percent: 62.5, correct: null, total: null },
    });
  });

  it("reads correct/total and keeps both", () => {
    expect(parseDomainScore("12/16")).toEqual({ ok: true, value: { percent: 75, correct: 12, total: 16 } });
    expect(parseDomainScore("2 / 3")).toEqual({ ok: true, value: { percent: 66.7, correct: 2, total: 3 } });
    expect(parseDomainScore("0/5")).toEqual({ ok: true, value: { percent: 0, correct: 0, total: 5 } });
  });

  it.each([
    ["17/16", "Correct answers cannot exceed 16."],
    ["3/0", "The total must be at least 1 question."],
    ["5/2000", "Enter at most 1,000 questions."],
    ["120", "Enter a percent from 0 to 100, or correct/total like 12/16."],
    ["twelve", "Enter a percent from 0 to 100, or correct/total like 12/16."],
  ])("refuses %j: %s", (raw, message) => {
    expect(parseDomainScore(raw)).toEqual({ ok: false, message });
  });
});

describe("overallScore", () => {
  it("takes a percent on its own", () => {
    expect(overallScore({ questions: null, correct: null, percent: 64 })).toEqual({
      ok: true,
      percent: 64,
      questions: null,
      correct: null,
    });
  });

  it("computes the percent from questions and correct answers", () => {
    // 45 ÷ 65 = 69.23… → 69.2
    expect(overallScore({ questions: 65, correct: 45, percent: null })).toEqual({
      ok: true,
      percent: 69.2,
      questions: 65,
      correct: 45,
    });
  });

  it("keeps a typed percent that agrees with questions and correct answers (rounded by the vendor)", () => {
    expect(overallScore({ questions: 65, correct: 45, percent: 69 })).toMatchObject({
      ok: true,
      percent: 69,
    });
  });

  it("refuses a percent that contradicts questions and correct answers", () => {
    expect(overallScore({ questions: 65, correct: 45, percent: 80 })).toEqual({
      ok: false,
      field: "percent",
      message: "45 of 65 is 69.2 %: correct the score or leave it empty.",
    });
  });

  it("asks for the missing half of questions and correct answers", () => {
    expect(overallScore({ questions: 65, correct: null, percent: 70 })).toMatchObject({
      ok: false,
      field: "correct",
    });
    expect(overallScore({ questions: null, correct: 40, percent: null })).toMatchObject({
      ok: false,
      field: "questions",
    });
  });

  it("refuses more correct answers than questions, and no score at all", () => {
    expect(overallScore({ questions: 10, correct: 11, percent: null })).toMatchObject({
      ok: false,
      field: "correct",
      message: "Correct answers cannot exceed 10.",
    });
    expect(overallScore({ questions: null, correct: null, percent: null })).toMatchObject({
      ok: false,
      field: "percent",
    });
  });
});
