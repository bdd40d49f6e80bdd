import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { buildSchedule } from "../schedule/build";
import type { ScheduleItem } from "../schedule/types";

import { scheduleCalendar } from "./ics";

const item = (id: string, minutes: number, practiceExam = false): ScheduleItem => ({
  id,
  minutes,
  section: { kind: "step", step: "associate" },
  domains: ["x-d1"],
  ...(practiceExam ? { practiceExam: true as const } : {}),
});

// Wednesday 3 March 2027; exam on Wednesday 24 March: weeks of 1, 8, 15 (review) and 22 March.
const schedule = buildSchedule({
  now: new Date("2027-03-03T12:00:00Z"),
  timeZone: "UTC",
  statuses: new Map([["a", "done"]]),
  doneOn: new Map([["a", "2027-03-01"]]),
  exams: [
    {
      cert: "architect",
      code: "SAA-C03",
      examDate: "2027-03-24",
      weeklyHours: 2,
      domains: [{ id: "x-d1", weight: 100 }],
      items: [item("a", 30), item("b", 60), item("c", 90), item("p", 120, true)],
    },
  ],
});

const TITLES: Record<string, string> = {
  a: "Alpha, with a comma",
  b: "Beta; semicolon",
  c: "Gamma",
  p: "Practice exam",
};

function render(owner = "user-1") {
  return scheduleCalendar(schedule, {
    itemTitle: (id) => TITLES[id] ?? id,
    examName: () => "AWS Certified Solutions Architect – Associate",
    now: new Date("2027-03-03T12:00:00Z"),
    owner,
    origin: "https://study.example.com",
  });
}

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      description: event.description,
    };
  });
}

describe("scheduleCalendar", () => {
  it("parses as iCalendar with an all-day exam event and one event per study week", () => {
    const text = render();
    expect(text.startsWith("BEGIN:VCALENDAR")).toBe(true);
    const parsed = events(text);
    expect(parsed.map((e) => [e.summary, e.start, e.end, e.allDay])).toEqual([
      ["SAA-C03 exam", "2027-03-24", "2027-03-25", true],
      ["Study week: SAA-C03, 1.5 h (1 of 2 to do)", "2027-03-01", "2027-03-08", true],
      ["Study week: SAA-C03, 1.5 h (1 of 1 to do)", "2027-03-08", "2027-03-15", true],
      ["Review week: SAA-C03, 2 h (1 of 1 to do)", "2027-03-15", "2027-03-22", true],
    ]);
    expect(parsed[1]!.description).toBe(
      [
        "Week of 2027-03-01: 1.5 h planned of 2 h.",
        "",
        "- [done] Alpha, with a comma (30 min)",
        "- Beta; semicolon (60 min)",
        "",
        "Your schedule: https://study.example.com/schedule",
      ].join("\n"),
    );
  });

  it("keeps event ids stable for one owner and distinct between owners, without the owner in them", () => {
    const uids = events(render()).map((e) => e.uid);
    expect(events(render()).map((e) => e.uid)).toEqual(uids);
    expect(new Set(uids).size).toBe(uids.length);
    const other = events(render("user-2")).map((e) => e.uid);
    expect(other.some((uid) => uids.includes(uid))).toBe(false);
    expect(uids.join()).not.toContain("user-1");
    expect(uids[0]).toMatch(/^exam-architect-[0-9a-f]{16}@aws-study-planner$/);
  });
});
