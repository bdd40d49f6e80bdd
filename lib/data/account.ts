import "server-only";

import { db } from "@/lib/db";
import { now } from "@/lib/clock";

/**
 * Everything the app stores about one user, for "Export my data". The password
 * hash and OAuth tokens are secrets, not data about the person: left out.
 */
export async function getAccountExport(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      timeZone: true,
      shareSlug: true,
      reviewRetention: true,
      createdAt: true,
      updatedAt: true,
      accounts: { select: { provider: true, providerAccountId: true, type: true } },
      enrollments: {
        select: {
          cert: true,
          position: true,
          targetDate: true,
          weeklyHours: true,
          createdAt: true,
          updatedAt: true,
        },
        orderBy: { position: "asc" },
      },
      progress: {
        select: { itemId: true, status: true, createdAt: true, updatedAt: true },
        orderBy: { itemId: "asc" },
      },
      notes: { select: { itemId: true, body: true, updatedAt: true }, orderBy: { itemId: "asc" } },
      activity: {
        select: { itemId: true, fromStatus: true, toStatus: true, at: true },
        orderBy: { at: "asc" },
      },
      attempts: {
        select: {
          cert: true,
          examCode: true,
          kind: true,
          takenOn: true,
          source: true,
          sourceName: true,
          mode: true,
          questions: true,
          correct: true,
          percent: true,
          scaledScore: true,
          passed: true,
          notes: true,
          createdAt: true,
          updatedAt: true,
          domains: {
            select: { domainId: true, percent: true, correct: true, total: true, meets: true },
            orderBy: { domainId: "asc" },
          },
        },
        orderBy: [{ takenOn: "asc" }, { createdAt: "asc" }],
      },
      pins: { select: { itemId: true, week: true, createdAt: true }, orderBy: { itemId: "asc" } },
      weekHours: { select: { week: true, hours: true }, orderBy: { week: "asc" } },
      calendar: { select: { token: true, createdAt: true } },
      reviewCards: {
        select: {
          itemId: true,
          state: true,
          dueOn: true,
          stability: true,
          difficulty: true,
          scheduledDays: true,
          learningSteps: true,
          reps: true,
          lapses: true,
          lastReview: true,
          createdAt: true,
          updatedAt: true,
        },
        orderBy: { itemId: "asc" },
      },
      reviewLogs: {
        select: {
          itemId: true,
          rating: true,
          reviewedAt: true,
          state: true,
          dueOn: true,
          elapsedDays: true,
          scheduledDays: true,
          stability: true,
          difficulty: true,
        },
        orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!user) return null;
  return {
    exportedAt: now().toISOString(),
    format: "aws-study-planner/account-export@1",
    user: {
      ...user,
      enrollments: user.enrollments.map((e) => ({
        ...e,
        targetDate: e.targetDate ? e.targetDate.toISOString().slice(0, 10) : null,
      })),
      attempts: user.attempts.map((a) => ({ ...a, takenOn: a.takenOn.toISOString().slice(0, 10) })),
      // The schedule's stored choices (the schedule itself is derived, never stored).
      pins: user.pins.map((p) => ({ ...p, week: p.week.toISOString().slice(0, 10) })),
      weekHours: user.weekHours.map((w) => ({ ...w, week: w.week.toISOString().slice(0, 10) })),
      reviewCards: user.reviewCards.map((c) => ({ ...c, dueOn: c.dueOn.toISOString().slice(0, 10) })),
      reviewLogs: user.reviewLogs.map((l) => ({ ...l, dueOn: l.dueOn.toISOString().slice(0, 10) })),
    },
  };
}

/** Whether the account has a password (an OAuth-only account has none until it sets one by reset). */
export async function hasPassword(userId: string): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(row?.passwordHash);
}
