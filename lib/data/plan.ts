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

/** A user's checklist state: what the plan page's query holds (see app/(app)/plan/[cert]/_components/plan-query.ts). */
export interface PlanProgress {
  /** item id → status; items never touched are absent ("todo"). */
  statuses: Record<string, ItemStatus>;
  /** item id → note text. */
  notes: Record<string, string>;
}

function toDayKey(date: Date | null): string | null {
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

/** Statuses and notes of one user, in two parallel reads. */
export async function getPlanProgress(userId: string): Promise<PlanProgress> {
  const [progress, notes] = await Promise.all([
    db.itemProgress.findMany({
      where: { userId, status: { not: "todo" } },
      select: { itemId: true, status: true },
    }),
    db.itemNote.findMany({ where: { userId }, select: { itemId: true, body: true } }),
  ]);
  return {
    statuses: Object.fromEntries(progress.map((p) => [p.itemId, p.status])),
    notes: Object.fromEntries(notes.map((n) => [n.itemId, n.body])),
  };
}
