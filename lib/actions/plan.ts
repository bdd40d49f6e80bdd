"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { getItem } from "@/lib/curriculum";
import type { CertId, ItemStatus } from "@/lib/curriculum/types";
import { db } from "@/lib/db";
import { dayKey, isValidTimeZone } from "@/lib/progress/days";
import {
  addEnrollmentSchema,
  enrollmentFormSchema,
  saveNoteSchema,
  setStatusSchema,
  timeZoneInputSchema,
} from "@/lib/validations/plan";

import { fail, ok } from "./result";
import { authedAction, authedFormAction, sessionCheckedAction, SIGNED_OUT } from "./safe-action";
import { requestNow } from "@/lib/clock/request";
import { firstCardParams } from "@/lib/review/fsrs";

const UNKNOWN_ITEM = "This checklist item does not exist (it may have been renamed). Reload the page.";

/**
 * Sets an item's status explicitly (idempotent: repeating a call changes nothing)
 * and appends the activity record in the same transaction (see the migrations
 * 20261126060000_set_item_status and 20261130140000_review_cards: a done item is a
 * review card, created and removed by the same function). Items are shared study content, so the only
 * ownership to check is that the row written is the signed-in user's.
 *
 * The session check is part of the same statement: the function runs only for the
 * "Session" record the cookie names, within its absolute and idle lifetime, so a signed-out,
 * revoked, expired or deleted session writes nothing, in one round trip (sessionCheckedAction).
 */
export const setItemStatus = sessionCheckedAction(setStatusSchema, async (input, session) => {
  const item = getItem(input.itemId);
  if (!item || item.id !== input.itemId) return fail("not_found", UNKNOWN_ITEM);
  const { sessionHash, userId, window: w } = session;
  // Marking done creates the item's review card in the same statement (ADR 029).
  const firstCard = input.status === "done" ? JSON.stringify(firstCardParams(await requestNow())) : null;
  const rows = await db.$queryRaw<{ previous: ItemStatus; changed: boolean }[]>`
    SELECT r.previous, r.changed
      FROM "Session" s
     CROSS JOIN LATERAL set_item_status(s."userId", ${item.id}, ${input.status}::"ItemStatus", ${firstCard}::jsonb) r
     WHERE s."sessionToken" = ${sessionHash}
       AND s."userId" = ${userId}::uuid
       AND s.expires > (${w.now}::timestamptz AT TIME ZONE 'UTC')
       AND s."lastSeenAt" > (${w.idleCutoff}::timestamptz AT TIME ZONE 'UTC')`;
  const row = rows[0];
  if (!row) return fail("unauthorized", SIGNED_OUT);
  return ok({ itemId: item.id, status: input.status, previous: row.previous, changed: row.changed });
});

/** Saves the "where I left off" note; an empty note is deleted. Plain text only. */
export const saveNote = authedAction(saveNoteSchema, async (input, { user }) => {
  const item = getItem(input.itemId);
  if (!item || item.id !== input.itemId) return fail("not_found", UNKNOWN_ITEM);
  const body = input.body.replace(/\r\n/g, "\n");
  if (body.trim() === "") {
    await db.itemNote.deleteMany({ where: { userId: user.id, itemId: item.id } });
    return ok({ itemId: item.id, body: "", savedAt: (await requestNow()).toISOString() });
  }
  const note = await db.itemNote.upsert({
    where: { userId_itemId: { userId: user.id, itemId: item.id } },
    create: { userId: user.id, itemId: item.id, body },
    update: { body },
    select: { updatedAt: true },
  });
  return ok({ itemId: item.id, body, savedAt: note.updatedAt.toISOString() });
});

/**
 * Onboarding and "edit my plan": which exams, in which order, each with an
 * optional exam date (not in the past, in the user's time zone) and weekly hours.
 */
export const saveEnrollments = authedFormAction(enrollmentFormSchema, async (input, { user }) => {
  const timeZone = input.timeZone && isValidTimeZone(input.timeZone) ? input.timeZone : user.timeZone;
  const now = await requestNow();
  const today = dayKey(now, timeZone);
  const chosen: CertId[] = [];
  if (input.architect) chosen.push("architect");
  if (input.developer) chosen.push("developer");
  if (input.order === "developer-first") chosen.reverse();

  const fieldErrors: Record<string, string[]> = {};
  for (const cert of chosen) {
    const date = cert === "architect" ? input.architectDate : input.developerDate;
    if (date && date < today) fieldErrors[`${cert}Date`] = ["Choose today or a later date."];
  }
  if (Object.keys(fieldErrors).length > 0) {
    return fail("invalid", "Exam dates cannot be in the past.", fieldErrors);
  }

  await db.$transaction([
    db.enrollment.deleteMany({ where: { userId: user.id, cert: { notIn: chosen } } }),
    ...chosen.map((cert, position) => {
      const date = cert === "architect" ? input.architectDate : input.developerDate;
      const hours = cert === "architect" ? input.architectHours : input.developerHours;
      const data = {
        position,
        targetDate: date ? new Date(`${date}T00:00:00Z`) : null,
        weeklyHours: hours ?? null,
      };
      return db.enrollment.upsert({
        where: { userId_cert: { userId: user.id, cert } },
        // createdAt from the clock: "enrolled before a new exam version started" is decided from it.
        create: { userId: user.id, cert, ...data, createdAt: now },
        update: data,
      });
    }),
    ...(timeZone !== user.timeZone ? [db.user.update({ where: { id: user.id }, data: { timeZone } })] : []),
  ]);
  revalidatePath("/", "layout");
  redirect(`/plan/${chosen[0] ?? "architect"}?welcome=1`);
});

/** "Add this exam" from the other exam's read-only plan. */
export const addEnrollment = authedAction(addEnrollmentSchema, async (input, { user }) => {
  const [count, now] = await Promise.all([db.enrollment.count({ where: { userId: user.id } }), requestNow()]);
  await db.enrollment.upsert({
    where: { userId_cert: { userId: user.id, cert: input.cert } },
    create: { userId: user.id, cert: input.cert, position: count, createdAt: now },
    update: {},
  });
  revalidatePath(`/plan/${input.cert}`);
  return ok({ cert: input.cert });
});

/** The browser's time zone, so streaks and the heatmap follow the user's days. */
export const saveTimeZone = authedAction(timeZoneInputSchema, async (input, { user }) => {
  if (input.timeZone !== user.timeZone) {
    await db.user.update({ where: { id: user.id }, data: { timeZone: input.timeZone } });
  }
  return ok({ timeZone: input.timeZone });
});
