"use server";

import { randomBytes, randomUUID } from "node:crypto";

import { revalidatePath } from "next/cache";

import { isShared, itemIndex, itemsForCert, versionsForPlan } from "@/lib/curriculum";
import { requestNow } from "@/lib/clock/request";
import { firstCardParams } from "@/lib/review/fsrs";
import { getEnrollments } from "@/lib/data/plan";
import { getAttemptsWithNotes } from "@/lib/data/portability";
import { planAttemptImport, recordOf, type AttemptImportPlan } from "@/lib/portability/attempts";
import { MAX_ATTEMPTS } from "@/lib/readiness/types";
import { dayKey } from "@/lib/progress/days";
import type { ItemStatus } from "@/lib/curriculum/types";
import { db } from "@/lib/db";
import {
  parseProgressFile,
  planImport,
  reviewLogKey,
  versionNotes,
  type ImportPlan,
} from "@/lib/portability/progress-file";
import { emptySchema } from "@/lib/validations/auth";
import { importSchema, resetSchema } from "@/lib/validations/portability";

import { fail, ok } from "./result";
import { authedAction } from "./safe-action";

async function currentState(userId: string) {
  const [progress, notes, cards, logs, attempts] = await Promise.all([
    db.itemProgress.findMany({ where: { userId }, select: { itemId: true, status: true } }),
    db.itemNote.findMany({ where: { userId }, select: { itemId: true, body: true } }),
    db.reviewCard.findMany({ where: { userId }, select: { itemId: true, lastReview: true } }),
    db.reviewLog.findMany({ where: { userId }, select: { itemId: true, reviewedAt: true, rating: true } }),
    getAttemptsWithNotes(userId),
  ]);
  return {
    statuses: new Map<string, ItemStatus>(progress.map((p) => [p.itemId, p.status])),
    notes: new Map(notes.map((n) => [n.itemId, n.body])),
    review: {
      cards: new Map(cards.map((c) => [c.itemId, c.lastReview.toISOString()])),
      logs: new Set(logs.map((l) => reviewLogKey({ ...l, reviewedAt: l.reviewedAt.toISOString() }))),
    },
    attempts: attempts.map((a) => ({ id: a.id, record: recordOf(a) })),
  };
}

const TOO_MANY_ATTEMPTS = `With this file you would have more than ${MAX_ATTEMPTS} practice attempts and exam results, the most the log keeps. Nothing was changed.`;

async function plan(userId: string, text: string, mode: "merge" | "replace", today: string) {
  const parsed = parseProgressFile(text);
  if (!parsed.ok) return parsed;
  const future = parsed.file.attempts?.find((a) => a.takenOn > today);
  if (future) {
    return {
      ok: false as const,
      message: `The file has an attempt dated ${future.takenOn}, after today. Nothing was changed.`,
    };
  }
  const state = await currentState(userId);
  const attempts = planAttemptImport(parsed.file.attempts, mode, state.attempts);
  if (state.attempts.length - attempts.removeIds.length + attempts.add.length > MAX_ATTEMPTS) {
    return { ok: false as const, message: TOO_MANY_ATTEMPTS };
  }
  return {
    ok: true as const,
    file: parsed.file,
    plan: planImport(parsed.file, mode, state.statuses, state.notes, itemIndex, state.review),
    attempts,
  };
}

/** What an import does to practice attempts, in numbers. */
export interface AttemptImportSummary {
  inFile: boolean;
  added: number;
  removed: number;
  unchanged: number;
}

function attemptSummary(plan: AttemptImportPlan): AttemptImportSummary {
  return {
    inFile: plan.inFile,
    added: plan.add.length,
    removed: plan.removeIds.length,
    unchanged: plan.unchanged,
  };
}

/** What an import would change, and whether the file was made for another exam version. */
export type ImportPreview = ImportPlan & { versionNotes: string[]; attempts: AttemptImportSummary };

/** What importing this file would change, without changing anything. */
export const previewImport = authedAction(importSchema, async (input, { user }) => {
  const [enrollments, now] = await Promise.all([getEnrollments(user.id), requestNow()]);
  const today = dayKey(now, user.timeZone);
  const result = await plan(user.id, input.text, input.mode, today);
  if (!result.ok) return fail("invalid", result.message);
  const versions = versionsForPlan(enrollments, today);
  const current = enrollments.map((e, i) => ({ cert: e.cert, version: versions[i]!.exam.code }));
  return ok<ImportPreview>({
    ...result.plan,
    versionNotes: versionNotes(result.file.exams, current),
    attempts: attemptSummary(result.attempts),
  });
});

class TooManyAttempts extends Error {}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? "" : "s"}`;
}

/**
 * Applies an import in one transaction; status changes are logged like any other.
 * Attempts are added under a lock on the user's row, with the cap checked again
 * inside it, so a concurrent save or import cannot pass it.
 */
export const applyImport = authedAction(importSchema, async (input, { user }) => {
  const today = dayKey(await requestNow(), user.timeZone);
  const result = await plan(user.id, input.text, input.mode, today);
  if (!result.ok) return fail("invalid", result.message);
  const { statusChanges, notesSet, notesDeleted, reviewCards, reviewLogs } = result.plan;
  const { add, removeIds } = result.attempts;
  // Items the import marks done become review cards as if ticked now (ADR 029).
  const firstCard = JSON.stringify(firstCardParams(await requestNow()));
  try {
    await db.$transaction(
      async (tx) => {
        if (add.length > 0 || removeIds.length > 0) {
          // Attempts: under a lock on the user's row, the cap checked inside it (ADR 028).
          await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id}::uuid FOR UPDATE`;
          await tx.examAttempt.deleteMany({ where: { userId: user.id, id: { in: removeIds } } });
          const count = await tx.examAttempt.count({ where: { userId: user.id } });
          if (count + add.length > MAX_ATTEMPTS) throw new TooManyAttempts();
          const rows = add.map((record) => ({ id: randomUUID(), record }));
          await tx.examAttempt.createMany({
            data: rows.map(({ id, record }) => ({
              id,
              userId: user.id,
              cert: record.cert,
              examCode: record.examCode,
              kind: record.kind,
              takenOn: new Date(`${record.takenOn}T00:00:00Z`),
              source: record.source,
              sourceName: record.sourceName,
              mode: record.mode,
              questions: record.questions,
              correct: record.correct,
              percent: record.percent,
              scaledScore: record.scaledScore,
              passed: record.passed,
              notes: record.notes,
            })),
          });
          await tx.examAttemptDomain.createMany({
            data: rows.flatMap(({ id, record }) => record.domains.map((d) => ({ attemptId: id, ...d }))),
          });
        }
        for (const c of statusChanges) {
          await tx.$queryRaw`SELECT changed FROM set_item_status(${user.id}::uuid, ${c.itemId}, ${c.to}::"ItemStatus", ${c.to === "done" ? firstCard : null}::jsonb)`;
        }
        for (const n of notesSet) {
          await tx.itemNote.upsert({
            where: { userId_itemId: { userId: user.id, itemId: n.itemId } },
            create: { userId: user.id, itemId: n.itemId, body: n.body },
            update: { body: n.body },
          });
        }
        await tx.itemNote.deleteMany({ where: { userId: user.id, itemId: { in: notesDeleted } } });
        // After the status changes: a card of the file replaces the one a tick just created.
        await tx.$executeRaw`
          INSERT INTO "ReviewCard" ("userId", "itemId", state, "dueOn", stability, difficulty, "scheduledDays",
                                    "learningSteps", reps, lapses, "lastReview", "createdAt", "updatedAt")
          SELECT ${user.id}::uuid, c."itemId", c.state, c."dueOn", c.stability, c.difficulty, c."scheduledDays",
                 c."learningSteps", c.reps, c.lapses, c."lastReview" AT TIME ZONE 'UTC', now(), now()
            FROM json_to_recordset(${JSON.stringify(reviewCards)}::json) AS c("itemId" text, state int, "dueOn" date,
                 stability float8, difficulty float8, "scheduledDays" int, "learningSteps" int, reps int, lapses int,
                 "lastReview" timestamptz)
          ON CONFLICT ("userId", "itemId") DO UPDATE SET
            state = EXCLUDED.state, "dueOn" = EXCLUDED."dueOn", stability = EXCLUDED.stability,
            difficulty = EXCLUDED.difficulty, "scheduledDays" = EXCLUDED."scheduledDays",
            "learningSteps" = EXCLUDED."learningSteps", reps = EXCLUDED.reps, lapses = EXCLUDED.lapses,
            "lastReview" = EXCLUDED."lastReview", "updatedAt" = now()`;
        await tx.$executeRaw`
          INSERT INTO "ReviewLog" ("userId", "itemId", rating, "reviewedAt", state, "dueOn", "elapsedDays",
                                   "scheduledDays", stability, difficulty)
          SELECT ${user.id}::uuid, l."itemId", l.rating::"ReviewRating", l."reviewedAt" AT TIME ZONE 'UTC', l.state,
                 l."dueOn", l."elapsedDays", l."scheduledDays", l.stability, l.difficulty
            FROM json_to_recordset(${JSON.stringify(reviewLogs)}::json) AS l("itemId" text, rating text,
                 "reviewedAt" timestamptz, state int, "dueOn" date, "elapsedDays" int, "scheduledDays" int,
                 stability float8, difficulty float8)`;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof TooManyAttempts) return fail("conflict", TOO_MANY_ATTEMPTS);
    throw error;
  }
  revalidatePath("/", "layout");
  const notes = notesSet.length + notesDeleted.length;
  const reviews = reviewCards.length
    ? `, ${reviewCards.length} review card${reviewCards.length === 1 ? "" : "s"} and ${reviewLogs.length} past review${reviewLogs.length === 1 ? "" : "s"}`
    : reviewLogs.length
      ? `, ${reviewLogs.length} past review${reviewLogs.length === 1 ? "" : "s"}`
      : "";
  const attemptChanges = add.length + removeIds.length;
  const attemptsText = attemptChanges
    ? `, ${plural(add.length, "practice attempt")} added, ${removeIds.length} removed`
    : "";
  return ok(
    {
      changed: statusChanges.length,
      notes,
      reviewCards: reviewCards.length,
      reviewLogs: reviewLogs.length,
      attempts: attemptChanges,
    },
    `Imported: ${statusChanges.length} status change${statusChanges.length === 1 ? "" : "s"}, ${notes} note change${notes === 1 ? "" : "s"}${reviews}${attemptsText}.`,
  );
});

/**
 * Sets every item of one exam back to "to do" (notes stay). Items shared with the
 * other exam are kept when the user asks to. Each reset is logged as a change.
 */
export const resetExamProgress = authedAction(resetSchema, async (input, { user }) => {
  const ids = itemsForCert(input.cert)
    .filter((item) => !(input.keepShared && isShared(item)))
    .map((item) => item.id);
  const touched = await db.itemProgress.findMany({
    where: { userId: user.id, itemId: { in: ids }, status: { not: "todo" } },
    select: { itemId: true },
  });
  await db.$transaction(
    touched.map(
      (t) =>
        db.$queryRaw`SELECT changed FROM set_item_status(${user.id}::uuid, ${t.itemId}, 'todo'::"ItemStatus")`,
    ),
  );
  revalidatePath("/", "layout");
  return ok(
    { reset: touched.length },
    `${touched.length} item${touched.length === 1 ? "" : "s"} set back to to do.`,
  );
});

function newSlug(): string {
  return randomBytes(18).toString("base64url"); // 24 characters, 144 bits
}

/** Turns the public progress page on (or gives it a new address, killing the old one). */
export const enableSharing = authedAction(emptySchema, async (_input, { user }) => {
  const slug = newSlug();
  await db.user.update({ where: { id: user.id }, data: { shareSlug: slug } });
  revalidatePath("/account");
  return ok({ slug });
});

export const disableSharing = authedAction(emptySchema, async (_input, { user }) => {
  await db.user.update({ where: { id: user.id }, data: { shareSlug: null } });
  revalidatePath("/account");
  return ok({ slug: null });
});
