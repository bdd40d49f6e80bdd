import { describe, expect, it } from "vitest";

import { pace, type PaceInput } from "./pace";

const TODAY = "2027-03-10";

function run(overrides: Partial<PaceInput> = {}) {
  // Enrolled 28 days ago, exam in 28 days: 20 h left.
  return pace({
    minutesLeft: 1_200,
    studiedMinutes: 0,
    targetDate: "2027-04-07",
    enrolledOn: "2027-02-10",
    today: TODAY,
    ...overrides,
  });
}

describe("pace", () => {
  it("is null without an exam date", () => {
    expect(run({ targetDate: null })).toBeNull();
  });

  it("says too early to tell in the first week, never behind, whatever was done", () => {
    for (const enrolledOn of ["2027-03-10", "2027-03-04"]) {
      expect(run({ enrolledOn })).toEqual({
        hoursLeft: 20,
        daysLeft: 28,
        weeksLeft: 4,
        neededHoursPerWeek: 5,
        studiedHours: 0,
        daysSinceEnrolment: enrolledOn === TODAY ? 0 : 6,
        averageHoursPerWeek: null,
        projectedFinish: null,
        overdue: false,
        verdict: "too-early",
        hoursBehind: 0,
      });
    }
  });

  it("judges from the seventh day on", () => {
    expect(run({ enrolledOn: "2027-03-03" })).toMatchObject({
      daysSinceEnrolment: 7,
      averageHoursPerWeek: 0,
      verdict: "behind",
      hoursBehind: 20,
    });
  });

  it("is on track at exactly the needed hours a week, finishing on the exam date", () => {
    // 20 h in 4 weeks = 5 h a week; 20 h left in 4 weeks needs 5 h a week.
    expect(run({ studiedMinutes: 1_200 })).toMatchObject({
      studiedHours: 20,
      averageHoursPerWeek: 5,
      neededHoursPerWeek: 5,
      verdict: "on-track",
      projectedFinish: "2027-04-07",
      hoursBehind: 0,
    });
  });

  it("keeps ±10% as on track and calls beyond it ahead or behind", () => {
    expect(run({ studiedMinutes: 1_080 })?.verdict).toBe("on-track"); // 0.9 × needed
    expect(run({ studiedMinutes: 1_320 })?.verdict).toBe("on-track"); // 1.1 × needed
    expect(run({ studiedMinutes: 1_079 })?.verdict).toBe("behind");
    expect(run({ studiedMinutes: 1_321 })?.verdict).toBe("ahead");
  });

  it("says how many hours would be left on exam day when behind", () => {
    // 10 h in 4 weeks = 2.5 h a week; 10 h of the 20 done by the exam.
    expect(run({ studiedMinutes: 600 })).toMatchObject({
      averageHoursPerWeek: 2.5,
      verdict: "behind",
      hoursBehind: 10,
      projectedFinish: "2027-05-05",
    });
  });

  it("is done with nothing left, and overdue once the date passed with something left", () => {
    expect(run({ minutesLeft: 0 })).toMatchObject({
      verdict: "done",
      neededHoursPerWeek: 0,
      projectedFinish: TODAY,
    });
    expect(run({ targetDate: "2027-03-10" })).toMatchObject({
      verdict: "overdue",
      overdue: true,
      daysLeft: 0,
      neededHoursPerWeek: null,
    });
    // Overdue even in the first week: the exam date is what passed.
    expect(run({ targetDate: "2027-03-09", enrolledOn: "2027-03-08" })?.verdict).toBe("overdue");
  });

  it("rounds hours to one decimal", () => {
    expect(run({ minutesLeft: 100, studiedMinutes: 50 })).toMatchObject({
      hoursLeft: 1.7,
      studiedHours: 0.8,
      neededHoursPerWeek: 0.4,
      averageHoursPerWeek: 0.2,
    });
  });

  it("refuses malformed dates", () => {
    expect(() => run({ targetDate: "2027-02-30" })).toThrow(RangeError);
  });
});
