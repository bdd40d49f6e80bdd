import "server-only";

import { items, steps, tipGroups, versionsForPlan } from "@/lib/curriculum";
import { db } from "@/lib/db";
import { dayKey } from "@/lib/progress/days";
import { exportAttempts, type ExportAttempt } from "@/lib/portability/attempts";
import {
  exportItems,
  sectionLabel,
  type ExportExam,
  type ExportItem,
  type ExportReview,
} from "@/lib/portability/progress-file";
import type { AttemptWithNotes } from "@/lib/data/practice";

import { getEnrollments } from "./plan";

const stepTitles = Object.fromEntries(steps.map((s) => [s.id, `${s.number}. ${s.title}`]));
const tipTitles = Object.fromEntries(tipGroups.map((g) => [g.id, g.title]));

export interface ProgressExport {
  /** The exam version each exam of the plan follows (recorded in the file). */
  exams: ExportExam[];
  items: ExportItem[];
  /** Review cards and the review log (ADR 029). */
  review: ExportReview;
  /** Practice attempts and exam results, oldest first, with notes (the owner's own file). */
  attempts: ExportAttempt[];
}

/** The user's attempts with domains and notes, oldest first (exports and imports). */
export async function getAttemptsWithNotes(userId: string): Promise<AttemptWithNotes[]> {
  const rows = await db.examAttempt.findMany({
    where: { userId },
    orderBy: [{ takenOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    include: { domains: { orderBy: { domainId: "asc" } } },
  });
  return rows.map((r) => ({
    id: r.id,
    cert: r.cert,
    examCode: r.examCode,
    kind: r.kind,
    takenOn: r.takenOn.toISOString().slice(0, 10),
    createdAt: r.createdAt.toISOString(),
    source: r.source,
    sourceName: r.sourceName,
    mode: r.mode,
    questions: r.questions,
    correct: r.correct,
    percent: r.percent,
    scaledScore: r.scaledScore,
    passed: r.passed,
    notes: r.notes,
    domains: r.domains.map((d) => ({
      domainId: d.domainId,
      percent: d.percent,
      correct: d.correct,
      total: d.total,
      meets: d.meets,
    })),
  }));
}

/**
 * The user's progress for export: the items of the exam versions their plan
 * follows (on `now` in their time zone), with status, dates and note.
 */
export async function getProgressExport(
  userId: string,
  now: Date,
  timeZone: string,
): Promise<ProgressExport> {
  const [enrollments, progress, notes, user, cards, logs, attempts] = await Promise.all([
    getEnrollments(userId),
    db.itemProgress.findMany({
      where: { userId },
      select: { itemId: true, status: true, createdAt: true, updatedAt: true },
    }),
    db.itemNote.findMany({ where: { userId }, select: { itemId: true, body: true } }),
    db.user.findUnique({ where: { id: userId }, select: { reviewRetention: true } }),
    db.reviewCard.findMany({ where: { userId }, orderBy: { itemId: "asc" } }),
    db.reviewLog.findMany({ where: { userId }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] }),
    getAttemptsWithNotes(userId),
  ]);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const versions = versionsForPlan(enrollments, dayKey(now, timeZone));
  return {
    exams: enrollments.map((e, i) => ({
      cert: e.cert,
      version: versions[i]!.exam.code,
      examDate: e.targetDate,
    })),
    items: exportItems(
      items,
      progress,
      new Map(notes.map((n) => [n.itemId, n.body])),
      (item) => sectionLabel(item, stepTitles, tipTitles),
      versions,
    ),
    review: {
      retention: user?.reviewRetention ?? 90,
      cards: cards.map((c) => ({
        itemId: c.itemId,
        state: c.state,
        dueOn: day(c.dueOn),
        stability: c.stability,
        difficulty: c.difficulty,
        scheduledDays: c.scheduledDays,
        learningSteps: c.learningSteps,
        reps: c.reps,
        lapses: c.lapses,
        lastReview: c.lastReview.toISOString(),
      })),
      logs: logs.map((l) => ({
        itemId: l.itemId,
        rating: l.rating,
        reviewedAt: l.reviewedAt.toISOString(),
        state: l.state,
        dueOn: day(l.dueOn),
        elapsedDays: l.elapsedDays,
        scheduledDays: l.scheduledDays,
        stability: l.stability,
        difficulty: l.difficulty,
      })),
    },
    attempts: exportAttempts(attempts),
  };
}

export async function getShareSlug(userId: string): Promise<string | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { shareSlug: true } });
  return row?.shareSlug ?? null;
}

/** The owner of a public progress page, or null when the link is off or unknown. */
export async function getSharedUser(slug: string): Promise<{ id: string; timeZone: string } | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(slug)) return null;
  return db.user.findUnique({ where: { shareSlug: slug }, select: { id: true, timeZone: true } });
}
