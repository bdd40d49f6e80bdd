import { certifications, itemsForVersion } from "../curriculum";
import type { CertId, ItemStatus } from "../curriculum/types";
import { applicableVersion } from "../curriculum/versions";
import { dayKey } from "../progress/days";

import { buildSchedule } from "./build";
import type { Schedule, ScheduleExam, ScheduleInput } from "./types";

export interface PlanEnrollment {
  cert: CertId;
  position: number;
  targetDate: string | null;
  weeklyHours: number | null;
}

/**
 * The exams of a user's plan in their order, each with the exam version that applies to
 * them (ADR 010: the version of their exam date, else the one in use `today`), its domain
 * weights and its items.
 */
function scheduleExams(enrollments: readonly PlanEnrollment[], today: string): ScheduleExam[] {
  return [...enrollments]
    .sort((a, b) => a.position - b.position)
    .map((enrollment) => {
      const version = applicableVersion(certifications[enrollment.cert], enrollment.targetDate, today);
      return {
        cert: enrollment.cert,
        code: version.exam.code,
        examDate: enrollment.targetDate,
        weeklyHours: enrollment.weeklyHours,
        domains: version.domains.map((domain) => ({ id: domain.id, weight: domain.weight })),
        items: itemsForVersion(version),
      };
    });
}

/** The stored rows a schedule is built from (lib/data/schedule.ts, lib/data/dashboard.ts). */
export interface PlanRows {
  enrollments: readonly PlanEnrollment[];
  statuses: ReadonlyMap<string, ItemStatus>;
  /** Done item → local day it was marked done. */
  doneOn: ReadonlyMap<string, string>;
  /** Item → Monday of the week it was moved to. */
  pins: ReadonlyMap<string, string>;
  /** Monday → hours set for that week. */
  weekHours: ReadonlyMap<string, number>;
}

/** Inputs other features feed the schedule (weak domains of a failed exam; expected review time). */
export type ScheduleExtras = Pick<ScheduleInput, "focusDomains" | "reservedMinutesByWeek">;

/** A user's schedule from their rows: one call for the pages, the dashboard and the calendar. */
export function planSchedule(
  rows: PlanRows,
  now: Date,
  timeZone: string,
  extras: ScheduleExtras = {},
): Schedule {
  return buildSchedule({
    now,
    timeZone,
    exams: scheduleExams(rows.enrollments, dayKey(now, timeZone)),
    statuses: rows.statuses,
    doneOn: rows.doneOn,
    pins: rows.pins,
    weekHours: rows.weekHours,
    ...extras,
  });
}
