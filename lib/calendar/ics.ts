import { createHash } from "node:crypto";

import ical, { ICalCalendarMethod } from "ical-generator";

import type { CertId } from "../curriculum/types";
import { addDays } from "../progress/days";
import type { Schedule } from "../schedule/types";

export interface CalendarOptions {
  /** Title of an item by id. */
  itemTitle: (itemId: string) => string;
  /** Full exam name by certification ("AWS Certified Solutions Architect – Associate"). */
  examName: (cert: CertId) => string;
  /** Stamp of every event: the time of the request. */
  now: Date;
  /** Something stable and private to the user (their id): event UIDs stay the same across downloads. */
  owner: string;
  /** The app's address, for links back to the plan ("https://study.example.com"). */
  origin: string;
}

function hours(minutes: number): string {
  const h = Math.round((minutes / 60) * 10) / 10;
  return `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
}

/**
 * The schedule as an iCalendar file (RFC 5545), built with ical-generator: an all-day event on
 * each exam date and one all-day event per study week (Monday to Sunday) listing that week's
 * items. Pure: the same schedule and options give the same text. UIDs derive from a hash of the
 * owner and the week or exam, so a calendar that subscribes updates its events in place.
 */
export function scheduleCalendar(schedule: Schedule, options: CalendarOptions): string {
  const ns = createHash("sha256").update(`aws-study-planner:${options.owner}`).digest("hex").slice(0, 16);
  const calendar = ical({
    name: "AWS study plan",
    description: "Your study weeks and exam dates from AWS Study Planner.",
    prodId: { company: "AWS Study Planner", product: "Schedule", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60 * 6,
  });

  for (const plan of schedule.exams) {
    if (plan.examDate === null || plan.state === "needs-date") continue;
    calendar.createEvent({
      id: `exam-${plan.cert}-${ns}@aws-study-planner`,
      start: plan.examDate,
      end: addDays(plan.examDate, 1),
      allDay: true,
      stamp: options.now,
      summary: `${plan.code} exam`,
      description: `${options.examName(plan.cert)} (${plan.code}).`,
      url: `${options.origin}/schedule`,
    });
  }

  for (const week of schedule.weeks) {
    const open = week.entries.filter((entry) => entry.status !== "done");
    if (week.entries.length === 0) continue;
    const codes = [...new Set(week.entries.map((e) => e.cert))]
      .map((cert) => schedule.exams.find((p) => p.cert === cert)?.code ?? cert)
      .join(" and ");
    const review = week.reviewFor !== null;
    const minutes = week.entries.reduce((sum, e) => sum + e.minutes, 0);
    const lines = week.entries.map((entry) => {
      const mark = entry.status === "done" ? "[done] " : "";
      return `- ${mark}${options.itemTitle(entry.itemId)} (${entry.minutes} min)`;
    });
    calendar.createEvent({
      id: `week-${week.start}-${ns}@aws-study-planner`,
      start: week.start,
      end: addDays(week.start, 7),
      allDay: true,
      stamp: options.now,
      summary: `${review ? "Review week" : "Study week"}: ${codes}, ${hours(minutes)} (${open.length} of ${week.entries.length} to do)`,
      description: [
        `Week of ${week.start}: ${hours(minutes)} planned of ${hours(week.capacityMinutes)}.`,
        "",
        ...lines,
        "",
        `Your schedule: ${options.origin}/schedule`,
      ].join("\n"),
      url: `${options.origin}/schedule#week-${week.start}`,
    });
  }
  return calendar.toString();
}
