import { certifications, itemsForVersion } from "../curriculum";
import type { CertId, ItemStatus } from "../curriculum/types";
import { applicableVersion } from "../curriculum/versions";
import { dayKey, dayNumber, mondayIndex } from "../progress/days";
import { focusDomainsFromResults, type ResultLike } from "../readiness/focus";
import type { CardState } from "../review/fsrs";
import { expectedReviewMinutesByWeek } from "../review/load";

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
  /** The user's review cards and desired retention: their expected review time is kept free each week. */
  review?: { cards: readonly CardState[]; retention: number };
  /** Real exam results: after a failed attempt, its weak domains go to the front (issue #14). */
  examResults?: readonly ResultLike[];
}

/** Inputs other features feed the schedule (weak domains of a failed exam; expected review time). */
export type ScheduleExtras = Pick<ScheduleInput, "focusDomains" | "reservedMinutesByWeek">;

/**
 * Expected review minutes per week (lib/review), from this week to the week of the last exam
 * date: what the schedule keeps free for reviewing what is already done (issue #15).
 */
function reviewMinutes(rows: PlanRows, today: string, timeZone: string): Map<string, number> | undefined {
  if (!rows.review || rows.review.cards.length === 0) return undefined;
  const lastExam = rows.enrollments.reduce<string | null>(
    (last, e) => (e.targetDate && (!last || e.targetDate > last) ? e.targetDate : last),
    null,
  );
  if (!lastExam || lastExam < today) return undefined;
  const monday = (key: string) => dayNumber(key) - mondayIndex(dayNumber(key));
  const weeks = (monday(lastExam) - monday(today)) / 7 + 1;
  return expectedReviewMinutesByWeek({
    cards: rows.review.cards,
    timeZone,
    today,
    from: today,
    weeks,
    retention: rows.review.retention,
  });
}

/** A user's schedule from their rows: one call for the pages, the dashboard and the calendar. */
export function planSchedule(
  rows: PlanRows,
  now: Date,
  timeZone: string,
  extras: ScheduleExtras = {},
): Schedule {
  const today = dayKey(now, timeZone);
  const versions = rows.enrollments.map((e) =>
    applicableVersion(certifications[e.cert], e.targetDate, today),
  );
  return buildSchedule({
    now,
    timeZone,
    exams: scheduleExams(rows.enrollments, today),
    statuses: rows.statuses,
    doneOn: rows.doneOn,
    pins: rows.pins,
    weekHours: rows.weekHours,
    reservedMinutesByWeek: extras.reservedMinutesByWeek ?? reviewMinutes(rows, today, timeZone),
    focusDomains:
      extras.focusDomains ??
      (rows.examResults ? focusDomainsFromResults(rows.examResults, versions) : undefined),
  });
}
