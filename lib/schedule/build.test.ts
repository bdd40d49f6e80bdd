import { describe, expect, it } from "vitest";

import type { ItemStatus, StepId } from "../curriculum/types";

import { buildSchedule, mondayOf, reviewWeekOf, stepRank } from "./build";
import { dayNumber, keyFromDayNumber } from "../progress/days";
import type { ScheduleExam, ScheduleInput, ScheduleItem, ScheduleWeek } from "./types";

function step(id: string, stepId: StepId, minutes: number, domains: string[] = []): ScheduleItem {
  return { id, minutes, section: { kind: "step", step: stepId }, domains };
}

const A1 = step("a1", "fundamentals", 60);
const A2 = step("a2", "fundamentals", 60);
const B1 = step("b1", "associate", 90, ["x-d1"]);
const B2 = step("b2", "associate", 30, ["x-d2"]);
const P: ScheduleItem = { ...step("p", "associate", 60, ["x-d1", "x-d2"]), practiceExam: true };
const S4 = step("s4", "next-level", 120);
const OPT: ScheduleItem = { ...step("opt", "fundamentals", 20), optional: true };

function exam(overrides: Partial<ScheduleExam> = {}): ScheduleExam {
  return {
    cert: "architect",
    code: "SAA-C03",
    // A Wednesday: the review week is the week before the exam's week.
    examDate: "2027-03-24",
    weeklyHours: 2,
    domains: [
      { id: "x-d1", weight: 60 },
      { id: "x-d2", weight: 40 },
    ],
    items: [A1, A2, B1, B2, P, S4, OPT],
    ...overrides,
  };
}

// Wednesday 3 March 2027, midday UTC: this week starts on Monday 1 March.
const NOW = new Date("2027-03-03T12:00:00Z");

function input(overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return { now: NOW, timeZone: "UTC", exams: [exam()], statuses: new Map(), ...overrides };
}

/** Week start → item ids, for compact literal expectations. */
function layout(weeks: ScheduleWeek[]): Record<string, string[]> {
  return Object.fromEntries(weeks.map((w) => [w.start, w.entries.map((e) => e.itemId)]));
}

describe("buildSchedule", () => {
  it("plans step 1 first, then step 2 by weight × gap, the practice exam in the review week", () => {
    const s = buildSchedule(input());
    expect(s.today).toBe("2027-03-03");
    expect(s.thisWeek).toBe("2027-03-01");
    expect(layout(s.weeks)).toEqual({
      "2027-03-01": ["a1", "a2"],
      "2027-03-08": ["b1", "b2"],
      "2027-03-15": ["p"],
      "2027-03-22": [],
    });
    expect(s.weeks.map((w) => [w.start, w.end, w.capacityMinutes, w.plannedMinutes])).toEqual([
      ["2027-03-01", "2027-03-07", 120, 120],
      ["2027-03-08", "2027-03-14", 120, 120],
      ["2027-03-15", "2027-03-21", 120, 60],
      ["2027-03-22", "2027-03-28", 120, 0],
    ]);
    expect(s.weeks[2]!.reviewFor).toBe("architect");
    expect(s.weeks[3]!.exams).toEqual([{ cert: "architect", code: "SAA-C03", date: "2027-03-24" }]);
    const [plan] = s.exams;
    expect(plan).toMatchObject({
      state: "scheduled",
      firstWeek: "2027-03-01",
      examWeek: "2027-03-22",
      reviewWeek: "2027-03-15",
      remainingMinutes: 300,
      unscheduled: [],
      shortfall: null,
      afterExam: ["s4", "opt"],
    });
  });

  it("puts the domain with the bigger weighted gap first", () => {
    // x-d1 (60%): 2 of its 4 items done, 60 × 2/4 = 30; x-d2 (40%): nothing done, 40 × 2/2 = 40.
    const done1 = step("b0", "associate", 15, ["x-d1"]);
    const done2 = step("b00", "associate", 15, ["x-d1"]);
    const s = buildSchedule(
      input({
        exams: [exam({ items: [A1, A2, done1, done2, B1, B2, P] })],
        statuses: new Map<string, ItemStatus>([
          ["b0", "done"],
          ["b00", "done"],
        ]),
      }),
    );
    expect(s.weeks[1]!.entries.map((e) => e.itemId)).toEqual(["b2", "b1"]);
  });

  it("moves focus domains to the front of their step", () => {
    const s = buildSchedule(input({ focusDomains: ["x-d2"] }));
    expect(s.weeks[1]!.entries.map((e) => e.itemId)).toEqual(["b2", "b1"]);
    expect(s.weeks[0]!.entries.map((e) => e.itemId)).toEqual(["a1", "a2"]);
  });

  it("reports what does not fit, with the hours and the exam date that would fit it", () => {
    const small = [A1, A2, step("b1", "associate", 60, ["x-d1"]), B2, P];
    const s = buildSchedule(input({ exams: [exam({ items: small, weeklyHours: 1 })] }));
    expect(layout(s.weeks)).toEqual({
      "2027-03-01": ["a1"],
      "2027-03-08": ["a2"],
      "2027-03-15": ["p"],
      "2027-03-22": [],
    });
    expect(s.exams[0]!.unscheduled).toEqual([
      { itemId: "b1", minutes: 60 },
      { itemId: "b2", minutes: 30 },
    ]);
    // 2 h a week fits everything; so does the exam two weeks later (a Wednesday again).
    expect(s.exams[0]!.shortfall).toEqual({
      weeklyHours: 1,
      minutes: 90,
      weeksLate: 2,
      studyHours: 2,
      moveExamTo: "2027-04-07",
    });
  });

  it("offers no exam date when an item is longer than any week", () => {
    const s = buildSchedule(input({ exams: [exam({ weeklyHours: 1 })] }));
    expect(s.exams[0]!.shortfall).toMatchObject({ weeksLate: null, moveExamTo: null, studyHours: 2 });
  });

  it("places nothing of a later step once an item of an earlier step did not fit", () => {
    const big = step("a3", "fundamentals", 240);
    const s = buildSchedule(input({ exams: [exam({ items: [A1, big, B2] })] }));
    expect(layout(s.weeks)["2027-03-01"]).toEqual(["a1"]);
    expect(s.exams[0]!.unscheduled.map((u) => u.itemId)).toEqual(["a3", "b2"]);
  });

  it("keeps pinned items in their week, even over capacity, and reports the excess", () => {
    const s = buildSchedule(
      input({
        pins: new Map([
          ["b1", "2027-03-01"],
          ["b2", "2027-03-01"],
          ["p", "2027-03-01"],
        ]),
      }),
    );
    expect(layout(s.weeks)).toEqual({
      "2027-03-01": ["p", "b1", "b2"],
      "2027-03-08": ["a1", "a2"],
      "2027-03-15": [],
      "2027-03-22": [],
    });
    expect(s.weeks[0]!.entries.map((e) => e.pinned)).toEqual([true, true, true]);
    expect(s.weeks[0]!.overByMinutes).toBe(60);
    expect(s.exams[0]!.unscheduled).toEqual([]);
  });

  it("rolls a pin to a past week forward like any unfinished item", () => {
    const s = buildSchedule(input({ pins: new Map([["b1", "2027-02-22"]]) }));
    expect(layout(s.weeks)["2027-03-08"]).toEqual(["b1", "b2"]);
  });

  it("gives a holiday week (0 h) nothing, and another week the hours set for it", () => {
    const s = buildSchedule(
      input({
        weekHours: new Map([
          ["2027-03-01", 0],
          ["2027-03-08", 5],
        ]),
      }),
    );
    expect(layout(s.weeks)).toEqual({
      "2027-03-01": [],
      "2027-03-08": ["a1", "a2", "b1", "b2"],
      "2027-03-15": ["p"],
      "2027-03-22": [],
    });
    expect(s.weeks.map((w) => [w.hours, w.overridden])).toEqual([
      [0, true],
      [5, true],
      [2, false],
      [2, false],
    ]);
  });

  it("takes reserved minutes off a week's capacity and reports them", () => {
    const s = buildSchedule(input({ reservedMinutesByWeek: new Map([["2027-03-01", 60]]) }));
    expect(layout(s.weeks)["2027-03-01"]).toEqual(["a1"]);
    expect(s.weeks[0]).toMatchObject({ reservedMinutes: 60, plannedMinutes: 60, overByMinutes: 0 });
  });

  it("keeps items finished this week in this week, done, and forgets earlier ones", () => {
    const s = buildSchedule(
      input({
        statuses: new Map<string, ItemStatus>([
          ["a1", "done"],
          ["a2", "done"],
          ["b2", "in_progress"],
        ]),
        doneOn: new Map([
          ["a1", "2027-03-02"],
          ["a2", "2027-02-26"],
        ]),
      }),
    );
    expect(s.weeks[0]!.entries).toEqual([
      { itemId: "a1", cert: "architect", minutes: 60, kind: "done", pinned: false, status: "done" },
      { itemId: "b2", cert: "architect", minutes: 30, kind: "topic", pinned: false, status: "in_progress" },
    ]);
    expect(s.weeks[0]).toMatchObject({ plannedMinutes: 90, doneMinutes: 60 });
    expect(layout(s.weeks)["2027-03-08"]).toEqual(["b1"]);
    expect(s.exams[0]!.remainingMinutes).toBe(180);
  });

  it("plans a shared item once, for the first exam, and starts the second after the first exam's week", () => {
    const shared = step("shared", "fundamentals", 60);
    const dev = exam({
      cert: "developer",
      code: "DVA-C03",
      examDate: "2027-04-09", // a Friday: its own week is the review week
      weeklyHours: 1,
      domains: [{ id: "y-d1", weight: 100 }],
      items: [shared, step("d1", "associate", 60, ["y-d1"])],
    });
    const s = buildSchedule(input({ exams: [exam({ items: [shared, A1], examDate: "2027-03-17" }), dev] }));
    expect(layout(s.weeks)).toEqual({
      "2027-03-01": ["shared", "a1"],
      "2027-03-08": [],
      "2027-03-15": [],
      "2027-03-22": ["d1"],
      "2027-03-29": [],
      "2027-04-05": [],
    });
    expect(s.weeks.map((w) => w.cert)).toEqual([
      "architect",
      "architect",
      "architect",
      "developer",
      "developer",
      "developer",
    ]);
    expect(s.exams.map((p) => [p.firstWeek, p.reviewWeek, p.remainingMinutes])).toEqual([
      ["2027-03-01", "2027-03-08", 120],
      ["2027-03-22", "2027-04-05", 60],
    ]);
  });

  it("says what is missing instead of planning", () => {
    const s = buildSchedule(
      input({
        exams: [exam({ examDate: null }), exam({ cert: "developer", code: "DVA-C03", weeklyHours: null })],
      }),
    );
    expect(s.exams.map((p) => p.state)).toEqual(["needs-date", "needs-hours"]);
    expect(s.weeks).toHaveLength(1);
    expect(s.weeks[0]!.entries).toEqual([]);
    const past = buildSchedule(input({ exams: [exam({ examDate: "2027-03-02" })] }));
    expect(past.exams[0]!.state).toBe("past");
  });

  it("counts weeks in the user's time zone", () => {
    // Sunday 7 March 23:30 UTC is Monday 8 March 08:30 in Tokyo.
    const at = new Date("2027-03-07T23:30:00Z");
    expect(buildSchedule(input({ now: at })).thisWeek).toBe("2027-03-01");
    expect(buildSchedule(input({ now: at, timeZone: "Asia/Tokyo" })).thisWeek).toBe("2027-03-08");
  });
});

describe("helpers", () => {
  it("keeps a Friday-to-Sunday exam's own week for review, else the week before", () => {
    const review = (day: string) => keyFromDayNumber(reviewWeekOf(dayNumber(day)));
    expect(review("2027-03-25")).toBe("2027-03-15"); // Thursday
    expect(review("2027-03-26")).toBe("2027-03-22"); // Friday
    expect(review("2027-03-28")).toBe("2027-03-22"); // Sunday
    expect(review("2027-03-22")).toBe("2027-03-15"); // Monday
  });

  it("finds the Monday of a day's week", () => {
    expect(mondayOf("2027-03-07")).toBe("2027-03-01");
    expect(mondayOf("2027-03-08")).toBe("2027-03-08");
    expect(mondayOf("2027-01-01")).toBe("2026-12-28");
  });

  it("ranks steps, tips with projects, Step 4 after the exam", () => {
    expect(stepRank(A1)).toBe(1);
    expect(stepRank(B1)).toBe(2);
    expect(stepRank(step("pr", "projects", 60))).toBe(3);
    expect(
      stepRank({ id: "t", minutes: 30, section: { kind: "tip", group: "debugging" }, domains: [] }),
    ).toBe(3);
    expect(stepRank(S4)).toBeNull();
  });
});
