import "server-only";

import { items, steps, tipGroups, versionsForPlan } from "@/lib/curriculum";
import { db } from "@/lib/db";
import { dayKey } from "@/lib/progress/days";
import { exportItems, sectionLabel, type ExportExam, type ExportItem } from "@/lib/portability/progress-file";

import { getEnrollments } from "./plan";

const stepTitles = Object.fromEntries(steps.map((s) => [s.id, `${s.number}. ${s.title}`]));
const tipTitles = Object.fromEntries(tipGroups.map((g) => [g.id, g.title]));

export interface ProgressExport {
  /** The exam version each exam of the plan follows (recorded in the file). */
  exams: ExportExam[];
  items: ExportItem[];
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
  const [enrollments, progress, notes] = await Promise.all([
    getEnrollments(userId),
    db.itemProgress.findMany({
      where: { userId },
      select: { itemId: true, status: true, createdAt: true, updatedAt: true },
    }),
    db.itemNote.findMany({ where: { userId }, select: { itemId: true, body: true } }),
  ]);
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
