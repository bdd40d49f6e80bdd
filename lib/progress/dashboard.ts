import type { CertId, Certification, Item, ItemStatus, LearningStep, SkillArea } from "../curriculum/types";
import {
  applicableVersion,
  belongsToVersion,
  itemsOfVersion,
  versionNotice,
  type VersionNotice,
} from "../curriculum/versions";
import { buildPracticeCard, type PracticeCard } from "../readiness/card";
import type { Attempt } from "../readiness/types";

import { isAfterExam, planSchedule, type Schedule, type Shortfall } from "../schedule";
import type { CardState } from "../review/fsrs";
import type { ReviewRating } from "../review/ratings";
import { expectedRecall } from "../review/recall";

import { dayKey, dayNumber } from "./days";
import { heatmapFromDays, type HeatmapWeek } from "./heatmap";
import { nextUp } from "./next-up";
import { overlap } from "./overlap";
import { pace, type Pace } from "./pace";
import { itemsOfStep, stepProgress, type Progress } from "./percent";
import { readiness, type Readiness } from "./readiness";
import { recentActivity } from "./recent";
import { skillsCoverage, type SkillCoverage } from "./skills";
import type { ActivityEvent } from "./status";
import { streaksFromDays, type Streaks } from "./streak";

/** What the database hands the dashboard (lib/data/dashboard.ts). */
export interface DashboardInput {
  timeZone: string;
  now: Date;
  enrollments: {
    cert: CertId;
    position: number;
    targetDate: string | null;
    weeklyHours: number | null;
    /** Local day the exam was added to the plan, "YYYY-MM-DD". */
    enrolledOn: string;
  }[];
  /** Ids of notices the user dismissed. */
  dismissedNotices: ReadonlySet<string>;
  statuses: ReadonlyMap<string, ItemStatus>;
  /** Local day "YYYY-MM-DD" → number of items marked done that day. */
  doneDays: ReadonlyMap<string, number>;
  /** The latest status changes, newest first. */
  recent: readonly ActivityEvent[];
  /** Practice attempts and real exam results, without notes (lib/readiness). None when absent. */
  attempts?: readonly Attempt[];
  /** Done item → local day it was marked done (pace since enrolment; this week's schedule; the drill list). */
  doneOn?: ReadonlyMap<string, string>;
  /** Item → Monday of the week the user moved it to. */
  pins?: ReadonlyMap<string, string>;
  /** Monday → hours the user set for that week. */
  weekHours?: ReadonlyMap<string, number>;
  /** Spaced review (absent: no review data, as in fixtures that predate it). */
  review?: ReviewInput;
}

export interface ReviewInput {
  /** Desired retention in percent (the user's setting). */
  retention: number;
  /** Cards due today or earlier. */
  due: number;
  /** The first day after today with a card due. */
  next: string | null;
  /** Item id → its card. */
  cards: ReadonlyMap<string, CardState>;
  /** Local day → ratings that day. */
  days: ReadonlyMap<string, number>;
  /** The latest ratings, newest first. */
  recent: readonly { itemId: string; rating: ReviewRating; at: Date }[];
}

/** Expected recall on exam day, or why there is none. */
export type RecallOnExamDay =
  | { kind: "expected"; day: string; percent: number; cards: number }
  | { kind: "no-exam-date" }
  | { kind: "exam-passed" };

export interface Curriculum {
  items: readonly Item[];
  certifications: Record<CertId, Certification>;
  steps: readonly LearningStep[];
  skillAreas: readonly SkillArea[];
}

export interface ExamCard {
  cert: CertId;
  name: string;
  /** The exam version that applies to this candidate ("DVA-C03"). */
  code: string;
  /** Set when the exam moved to a new version after the candidate enrolled, until dismissed. */
  notice: VersionNotice | null;
  targetDate: string | null;
  weeklyHours: number | null;
  progress: Progress;
  steps: { id: LearningStep["id"]; number: number; title: string; progress: Progress }[];
  readiness: Readiness;
  /** Readiness with each done item counting its FSRS recall on exam day (lib/review/recall.ts). */
  recall: RecallOnExamDay;
  nextUp: { id: string; title: string; status: ItemStatus }[];
  pace: Pace | null;
  /** Items done here that also count for the other exam. */
  sharedDone: number;
  sharedTotal: number;
  /** Practice evidence, readiness from coverage and evidence, and the drill list (issue #14). */
  practice: PracticeCard;
}

/** The dashboard's "This week": this week of the schedule, with titles. */
export interface ThisWeek {
  /** Monday and Sunday, "YYYY-MM-DD". */
  start: string;
  end: string;
  capacityMinutes: number;
  reservedMinutes: number;
  items: { id: string; title: string; cert: CertId; minutes: number; status: ItemStatus }[];
  /** Items finished (of those planned this week). */
  done: number;
  /** Minutes of this week's items not done yet. */
  minutesLeft: number;
  /** Exams whose topics do not fit before the exam date. */
  shortfalls: { cert: CertId; code: string; examDate: string; shortfall: Shortfall }[];
  /** Exams the schedule cannot plan yet, and why. */
  missing: { cert: CertId; code: string; state: "needs-date" | "needs-hours" }[];
  /** At least one exam is planned week by week. */
  planned: boolean;
}

export interface Dashboard {
  exams: ExamCard[];
  thisWeek: ThisWeek;
  enrolledBoth: boolean;
  streaks: Streaks;
  heatmap: HeatmapWeek[];
  skills: SkillCoverage[];
  recent: { itemId: string; title: string; from: ItemStatus; to: ItemStatus; at: Date }[];
  totalDone: number;
  reviews: {
    due: number;
    next: string | null;
    /** The latest ratings, newest first, shown apart from the status changes. */
    recent: { itemId: string; title: string; rating: ReviewRating; at: Date }[];
  };
}

/** Every figure on the dashboard, from one user's rows. Pure: no I/O, no clock. */
export function buildDashboard(input: DashboardInput, curriculum: Curriculum): Dashboard {
  const { statuses } = input;
  const byId = new Map(curriculum.items.map((item) => [item.id, item]));
  const enrolled = [...input.enrollments].sort((a, b) => a.position - b.position);
  const enrolledCerts = enrolled.map((e) => e.cert);
  const doneOn = input.doneOn ?? new Map<string, string>();

  const today = dayKey(input.now, input.timeZone);
  const schedule = planSchedule(
    {
      enrollments: enrolled,
      statuses,
      doneOn,
      pins: input.pins ?? new Map(),
      weekHours: input.weekHours ?? new Map(),
      review: input.review
        ? { cards: [...input.review.cards.values()], retention: input.review.retention }
        : undefined,
      examResults: (input.attempts ?? []).filter((a) => a.kind === "official"),
    },
    input.now,
    input.timeZone,
  );
  const versions = new Map(
    enrolled.map((e) => [e.cert, applicableVersion(curriculum.certifications[e.cert], e.targetDate, today)]),
  );

  const exams: ExamCard[] = enrolled.map((enrollment) => {
    const cert = enrollment.cert;
    const certification = curriculum.certifications[cert];
    const version = versions.get(cert)!;
    // The items of the version this candidate sits: a DVA-C03 plan has the topics DVA-C03 added.
    const certItems = itemsOfVersion(curriculum.items, version);
    const progress = stepProgress(certItems, statuses);
    const shared = overlap(certItems, statuses);
    const coverage = readiness(certItems, statuses, version.domains);
    // Pace counts hours of the items that prepare for the exam (not Step 4, not optional ones).
    let minutesLeft = 0;
    let studiedMinutes = 0;
    for (const item of certItems) {
      if (isAfterExam(item)) continue;
      const status = statuses.get(item.id) ?? "todo";
      if (status === "todo" || status === "in_progress") minutesLeft += item.minutes;
      const on = doneOn.get(item.id);
      if (status === "done" && on !== undefined && on >= enrollment.enrolledOn)
        studiedMinutes += item.minutes;
    }
    return {
      cert,
      name: certification.name,
      code: version.exam.code,
      notice: versionNotice(
        certification,
        version,
        enrollment.enrolledOn,
        input.dismissedNotices,
        curriculum.items,
      ),
      targetDate: enrollment.targetDate,
      weeklyHours: enrollment.weeklyHours,
      progress,
      steps: curriculum.steps.map((step) => ({
        id: step.id,
        number: step.number,
        title: step.title,
        progress: stepProgress(itemsOfStep(certItems, step.id), statuses),
      })),
      readiness: coverage,
      recall: recallOnExamDay(certItems, statuses, version.domains, input, enrollment.targetDate, today),
      nextUp: scheduledNextUp(schedule, cert, byId, certItems, statuses).map((item) => ({
        id: item.id,
        title: item.title,
        status: statuses.get(item.id) ?? "todo",
      })),
      pace: pace({
        minutesLeft,
        studiedMinutes,
        targetDate: enrollment.targetDate,
        enrolledOn: enrollment.enrolledOn,
        today,
      }),
      sharedDone: shared.sharedDone,
      sharedTotal: shared.sharedTotal,
      practice: buildPracticeCard({
        certification,
        version,
        attempts: input.attempts ?? [],
        planItems: certItems,
        statuses,
        doneOn,
        today,
        coverage,
      }),
    };
  });

  // Study activity: ticks and reviews both count for the streak and the heatmap.
  const dayNumbers = new Map<number, number>();
  for (const [day, count] of input.doneDays) dayNumbers.set(dayNumber(day), count);
  const reviewDays = new Map<number, number>();
  for (const [day, count] of input.review?.days ?? []) {
    const n = dayNumber(day);
    reviewDays.set(n, count);
    dayNumbers.set(n, (dayNumbers.get(n) ?? 0) + count);
  }

  const enrolledVersions = [...versions.values()];
  const relevant = enrolledVersions.length
    ? curriculum.items.filter((item) => enrolledVersions.some((version) => belongsToVersion(item, version)))
    : curriculum.items;

  return {
    exams,
    thisWeek: thisWeekOf(schedule, byId),
    enrolledBoth: enrolledCerts.length === 2,
    streaks: streaksFromDays(new Set(dayNumbers.keys()), input.timeZone, input.now),
    heatmap: heatmapFromDays(dayNumbers, input.timeZone, input.now, 16, reviewDays),
    skills: skillsCoverage(relevant, statuses, curriculum.skillAreas),
    recent: recentActivity(input.recent, 10).map((event) => ({
      itemId: event.itemId,
      title: byId.get(event.itemId)?.title ?? "A retired checklist item",
      from: event.from,
      to: event.to,
      at: event.at,
    })),
    totalDone: [...statuses.values()].filter((s) => s === "done").length,
    reviews: {
      due: input.review?.due ?? 0,
      next: input.review?.next ?? null,
      recent: (input.review?.recent ?? []).map((r) => ({
        ...r,
        title: byId.get(r.itemId)?.title ?? "A retired checklist item",
      })),
    },
  };
}

/**
 * Next up follows the schedule: this exam's open items in the order the schedule plans them
 * (this week first), then those that do not fit; in path order when the exam is not planned.
 */
function scheduledNextUp(
  schedule: Schedule,
  cert: CertId,
  byId: ReadonlyMap<string, Item>,
  certItems: readonly Item[],
  statuses: ReadonlyMap<string, ItemStatus>,
): Item[] {
  const plan = schedule.exams.find((p) => p.cert === cert);
  if (plan?.state !== "scheduled") return nextUp(certItems, statuses, 3);
  const ids: string[] = [];
  for (const week of schedule.weeks) {
    for (const entry of week.entries)
      if (entry.cert === cert && entry.kind !== "done") ids.push(entry.itemId);
  }
  for (const u of plan.unscheduled) ids.push(u.itemId);
  return ids
    .slice(0, 3)
    .map((id) => byId.get(id))
    .filter((item): item is Item => item !== undefined);
}

function thisWeekOf(schedule: Schedule, byId: ReadonlyMap<string, Item>): ThisWeek {
  const week = schedule.weeks[0]!;
  const items = week.entries.map((entry) => ({
    id: entry.itemId,
    title: byId.get(entry.itemId)?.title ?? entry.itemId,
    cert: entry.cert,
    minutes: entry.minutes,
    status: entry.status,
  }));
  return {
    start: week.start,
    end: week.end,
    capacityMinutes: week.capacityMinutes,
    reservedMinutes: week.reservedMinutes,
    items,
    done: items.filter((item) => item.status === "done").length,
    minutesLeft: items.filter((item) => item.status !== "done").reduce((sum, item) => sum + item.minutes, 0),
    shortfalls: schedule.exams.flatMap((plan) =>
      plan.shortfall && plan.examDate
        ? [{ cert: plan.cert, code: plan.code, examDate: plan.examDate, shortfall: plan.shortfall }]
        : [],
    ),
    missing: schedule.exams.flatMap((plan) =>
      plan.state === "needs-date" || plan.state === "needs-hours"
        ? [{ cert: plan.cert, code: plan.code, state: plan.state }]
        : [],
    ),
    planned: schedule.exams.some((plan) => plan.state === "scheduled"),
  };
}

/** Expected recall of an exam's done items on its exam day (lib/review), weighted by its domains. */
function recallOnExamDay(
  items: readonly Item[],
  statuses: ReadonlyMap<string, ItemStatus>,
  domains: Parameters<typeof expectedRecall>[2],
  input: DashboardInput,
  examDate: string | null,
  today: string,
): RecallOnExamDay {
  if (!examDate) return { kind: "no-exam-date" };
  if (examDate < today) return { kind: "exam-passed" };
  const recall = expectedRecall(
    items,
    statuses,
    domains,
    input.review?.cards ?? new Map(),
    examDate,
    input.timeZone,
  );
  return { kind: "expected", day: recall.day, percent: recall.percent, cards: recall.cards };
}
