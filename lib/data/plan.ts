import "server-only";

import type { CertId, ItemStatus } from "@/lib/curriculum/types";
import { db } from "@/lib/db";

export interface EnrollmentView {
  cert: CertId;
  position: number;
  /** "YYYY-MM-DD" or null. */
  targetDate: string | null;
  weeklyHours: number | null;
  /** When the exam was added to the plan. */
  createdAt: Date;
}

export interface PlanState {
  enrollments: EnrollmentView[];
  /** item id → status; items never touched are absent ("todo"). */
  statuses: Record<string, ItemStatus>;
  /** item id → note text. */
  notes: Record<string, string>;
}

export function toDayKey(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

export async function getEnrollments(userId: string): Promise<EnrollmentView[]> {
  const rows = await db.enrollment.findMany({
    where: { userId },
    select: { cert: true, position: true, targetDate: true, weeklyHours: true, createdAt: true },
    orderBy: { position: "asc" },
  });
  return rows.map((r) => ({ ...r, targetDate: toDayKey(r.targetDate) }));
}

/** Everything the plan page needs for one user, in three parallel reads. */
export async function getPlanState(userId: string): Promise<PlanState> {
  const [enrollments, progress, notes] = await Promise.all([
    getEnrollments(userId),
    db.itemProgress.findMany({ where: { userId }, select: { itemId: true, status: true } }),
    db.itemNote.findMany({ where: { userId }, select: { itemId: true, body: true } }),
  ]);
  return {
    enrollments,
    statuses: Object.fromEntries(
      progress.filter((p) => p.status !== "todo").map((p) => [p.itemId, p.status]),
    ),
    notes: Object.fromEntries(notes.map((n) => [n.itemId, n.body])),
  };
}
