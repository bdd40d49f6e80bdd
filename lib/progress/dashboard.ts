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

import { dayKey, dayNumber } from "./days";
import { heatmapFromDays, type HeatmapWeek } from "./heatmap";
import { nextUp } from "./next-up";
import { overlap } from "./overlap";
import { doneInPaceWindow, pace, type Pace } from "./pace";
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
  /** Status changes of (at least) the last 28 days, oldest first. */
  windowEvents: readonly ActivityEvent[];
  /** The latest status changes, newest first. */
  recent: readonly ActivityEvent[];
  /** Practice attempts and real exam results, without notes (lib/readiness). None when absent. */
  attempts?: readonly Attempt[];
  /** Item id → local day it was marked done, for done items (the drill list). */
  doneOn?: ReadonlyMap<string, string>;
}

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
  nextUp: { id: string; title: string; status: ItemStatus }[];
  pace: Pace | null;
  /** Items done here that also count for the other exam. */
  sharedDone: number;
  sharedTotal: number;
  /** Practice evidence, readiness from coverage and evidence, and the drill list (issue #14). */
  practice: PracticeCard;
}

export interface Dashboard {
  exams: ExamCard[];
  enrolledBoth: boolean;
  streaks: Streaks;
  heatmap: HeatmapWeek[];
  skills: SkillCoverage[];
  recent: { itemId: string; title: string; from: ItemStatus; to: ItemStatus; at: Date }[];
  totalDone: number;
}

/** Every figure on the dashboard, from one user's rows. Pure: no I/O, no clock. */
export function buildDashboard(input: DashboardInput, curriculum: Curriculum): Dashboard {
  const { statuses } = input;
  const byId = new Map(curriculum.items.map((item) => [item.id, item]));
  const enrolled = [...input.enrollments].sort((a, b) => a.position - b.position);
  const enrolledCerts = enrolled.map((e) => e.cert);
  // The same for every exam card: the user's recent pace across all items.
  const doneInWindow = doneInPaceWindow(input.windowEvents, input.timeZone, input.now);

  const today = dayKey(input.now, input.timeZone);
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
      nextUp: nextUp(certItems, statuses, 3).map((item) => ({
        id: item.id,
        title: item.title,
        status: statuses.get(item.id) ?? "todo",
      })),
      pace: pace({
        itemsLeft: progress.counted - progress.done,
        targetDate: enrollment.targetDate,
        events: input.windowEvents,
        timeZone: input.timeZone,
        now: input.now,
        doneInWindow,
      }),
      sharedDone: shared.sharedDone,
      sharedTotal: shared.sharedTotal,
      practice: buildPracticeCard({
        certification,
        version,
        attempts: input.attempts ?? [],
        planItems: certItems,
        statuses,
        doneOn: input.doneOn ?? new Map(),
        today,
        coverage,
      }),
    };
  });

  const dayNumbers = new Map<number, number>();
  for (const [day, count] of input.doneDays) dayNumbers.set(dayNumber(day), count);

  const enrolledVersions = [...versions.values()];
  const relevant = enrolledVersions.length
    ? curriculum.items.filter((item) => enrolledVersions.some((version) => belongsToVersion(item, version)))
    : curriculum.items;

  return {
    exams,
    enrolledBoth: enrolledCerts.length === 2,
    streaks: streaksFromDays(new Set(dayNumbers.keys()), input.timeZone, input.now),
    heatmap: heatmapFromDays(dayNumbers, input.timeZone, input.now, 16),
    skills: skillsCoverage(relevant, statuses, curriculum.skillAreas),
    recent: recentActivity(input.recent, 10).map((event) => ({
      itemId: event.itemId,
      title: byId.get(event.itemId)?.title ?? "A retired checklist item",
      from: event.from,
      to: event.to,
      at: event.at,
    })),
    totalDone: [...statuses.values()].filter((s) => s === "done").length,
  };
}
