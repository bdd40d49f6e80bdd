"use server";

import { revalidatePath } from "next/cache";

import { requestNow } from "@/lib/clock/request";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dayKey } from "@/lib/progress/days";
import { MAX_ATTEMPTS } from "@/lib/readiness/types";
import { deleteAttemptSchema, saveAttemptSchema, type AttemptRecord } from "@/lib/validations/practice";

import { fail, ok } from "./result";
import { authedAction } from "./safe-action";

const NOT_FOUND = "This attempt does not exist any more (it may have been deleted). Reload the page.";
const TOO_MANY = `You have ${MAX_ATTEMPTS} attempts logged, the most the log keeps. Delete old ones to add more.`;

/** The columns of an attempt row, from a validated record (no owner, no id). */
function columns(record: AttemptRecord) {
  return {
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
  };
}

function revalidate() {
  revalidatePath("/practice");
  revalidatePath("/dashboard");
}

/**
 * Logs a practice attempt or a real exam result, or (with `id`) edits one of the
 * caller's own. The exam version is the one in use on the attempt's date; the date
 * may not be after today in the user's time zone. New attempts are capped per user:
 * the count and the insert run under a lock on the user's row, so concurrent saves
 * cannot pass the cap together.
 */
export const saveAttempt = authedAction(saveAttemptSchema, async ({ id, record }, { user }) => {
  const today = dayKey(await requestNow(), user.timeZone);
  if (record.takenOn > today) {
    return fail("invalid", "The date cannot be in the future.", {
      date: ["Choose today or an earlier date: the date cannot be in the future."],
    });
  }
  const domains = record.domains.map((d) => ({
    domainId: d.domainId,
    percent: d.percent,
    correct: d.correct,
    total: d.total,
    meets: d.meets,
  }));

  if (id) {
    try {
      // The owner is part of the key: another user's id matches no row.
      await db.examAttempt.update({
        where: { id, userId: user.id },
        data: { ...columns(record), domains: { deleteMany: {}, create: domains } },
        select: { id: true },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
        return fail("not_found", NOT_FOUND);
      }
      throw error;
    }
    revalidate();
    return ok({ id }, "Attempt updated.");
  }

  const created = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id}::uuid FOR UPDATE`;
    const count = await tx.examAttempt.count({ where: { userId: user.id } });
    if (count >= MAX_ATTEMPTS) return null;
    return tx.examAttempt.create({
      data: { userId: user.id, ...columns(record), domains: { create: domains } },
      select: { id: true },
    });
  });
  if (!created) return fail("conflict", TOO_MANY);
  revalidate();
  return ok({ id: created.id }, record.kind === "official" ? "Exam result saved." : "Attempt saved.");
});

/** Deletes one of the caller's attempts (its domain rows go with it). */
export const deleteAttempt = authedAction(deleteAttemptSchema, async ({ id }, { user }) => {
  const { count } = await db.examAttempt.deleteMany({ where: { id, userId: user.id } });
  if (count === 0) return fail("not_found", NOT_FOUND);
  revalidate();
  return ok({ id }, "Attempt deleted.");
});
