import { describe, expect, it } from "vitest";

import { hoursOf, shortfallSentence, weekRange } from "@/app/_components/schedule/words";

describe("shortfallSentence", () => {
  it("says the shortfall plainly, with both ways out", () => {
    expect(
      shortfallSentence("SAA-C03", {
        weeklyHours: 8,
        minutes: 1_400,
        weeksLate: 3,
        studyHours: 11,
        moveExamTo: "2027-03-04",
      }),
    ).toBe(
      "At 8 h a week you will finish SAA-C03 topics 3 weeks after your exam. Study 11 h a week, or move the exam to 4 Mar 2027.",
    );
  });

  it("words one week, and offers only what works", () => {
    const base = { weeklyHours: 6, minutes: 60, weeksLate: 1, studyHours: 7, moveExamTo: "2027-04-09" };
    expect(shortfallSentence("DVA-C03", { ...base, studyHours: null })).toBe(
      "At 6 h a week you will finish DVA-C03 topics 1 week after your exam. Move the exam to 9 Apr 2027.",
    );
    expect(shortfallSentence("DVA-C03", { ...base, weeksLate: null, moveExamTo: null })).toBe(
      "At 6 h a week you will not finish DVA-C03 topics before your exam. Study 7 h a week.",
    );
    expect(
      shortfallSentence("DVA-C03", { ...base, weeksLate: null, moveExamTo: null, studyHours: null }),
    ).toBe("At 6 h a week you will not finish DVA-C03 topics before your exam.");
  });
});

describe("weekRange", () => {
  it("names a week by its first and last day, as short as stays clear", () => {
    expect(weekRange("2027-03-01", "2027-03-07")).toBe("1 – 7 Mar 2027");
    expect(weekRange("2027-03-29", "2027-04-04")).toBe("29 Mar – 4 Apr 2027");
    expect(weekRange("2026-12-28", "2027-01-03")).toBe("28 Dec 2026 – 3 Jan 2027");
  });
});

describe("hoursOf", () => {
  it("shows minutes as hours with at most one decimal", () => {
    expect(hoursOf(360)).toBe("6 h");
    expect(hoursOf(270)).toBe("4.5 h");
    expect(hoursOf(20)).toBe("0.3 h");
    expect(hoursOf(0)).toBe("0 h");
  });
});
