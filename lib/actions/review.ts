"use server";

import { revalidatePath } from "next/cache";

import { getItem } from "@/lib/curriculum";
import { requestNow } from "@/lib/clock/request";
import { db } from "@/lib/db";
import { reviewCard, type CardState } from "@/lib/review/fsrs";
import { rateCardSchema, retentionFormSchema, type WireCard } from "@/lib/validations/review";

import { fail, ok } from "./result";
import { CARD_CHANGED, CARD_GONE, SETTINGS_CHANGED } from "./review-messages";
import { authedFormAction, sessionCheckedAction, SIGNED_OUT } from "./safe-action";
import { rescheduleForRetention } from "@/lib/data/review-settings";

const UNKNOWN_ITEM = "This item does not exist any more (it may have been renamed). Reload the page.";
export interface RatedCard {
  itemId: string;
  card: WireCard;
}

function toWire(card: CardState): WireCard {
  return { ...card, lastReview: card.lastReview.toISOString() };
}

/**
 * Rates a review card (Again, Hard, Good, Easy): ts-fsrs computes the next state from the
 * card the page showed, and ONE statement (session check included) writes it and appends
 * the review log, but only if the stored card is still exactly that card and the user's
 * time zone and retention are still those the page used (ADR 030). Otherwise nothing is
 * written and the result says why.
 */
export const rateCard = sessionCheckedAction(rateCardSchema, async (input, session) => {
  const item = getItem(input.itemId);
  if (!item || item.id !== input.itemId) return fail("not_found", UNKNOWN_ITEM);
  const now = await requestNow();
  const shown: CardState = { ...input.card, lastReview: new Date(input.card.lastReview) };
  const { card, log } = reviewCard(shown, input.rating, now, input.timeZone, input.retention);
  const at = now.toISOString();
  const rows = await db.$queryRaw<{ settings_ok: boolean; written: number; present: boolean }[]>`
    WITH s AS (
      SELECT u.id, (u."timeZone" = ${input.timeZone} AND u."reviewRetention" = ${input.retention}::int) AS settings_ok
        FROM "Session" ss
        JOIN "User" u ON u.id = ss."userId"
       WHERE ss."sessionToken" = ${session.sessionHash}
         AND ss."userId" = ${session.userId}::uuid
         AND ss.expires > (${session.window.now}::timestamptz AT TIME ZONE 'UTC')
         AND ss."lastSeenAt" > (${session.window.idleCutoff}::timestamptz AT TIME ZONE 'UTC')
    ), updated AS (
      UPDATE "ReviewCard" c
         SET state = ${card.state}::int, "dueOn" = ${card.dueOn}::date,
             stability = ${card.stability}::float8, difficulty = ${card.difficulty}::float8,
             "scheduledDays" = ${card.scheduledDays}::int, "learningSteps" = ${card.learningSteps}::int,
             reps = ${card.reps}::int, lapses = ${card.lapses}::int,
             "lastReview" = ${at}::timestamptz AT TIME ZONE 'UTC', "updatedAt" = now()
        FROM s
       WHERE s.settings_ok AND c."userId" = s.id AND c."itemId" = ${item.id}
         AND c.state = ${shown.state}::int AND c."dueOn" = ${shown.dueOn}::date
         AND c.stability = ${shown.stability}::float8 AND c.difficulty = ${shown.difficulty}::float8
         AND c."scheduledDays" = ${shown.scheduledDays}::int AND c."learningSteps" = ${shown.learningSteps}::int
         AND c.reps = ${shown.reps}::int AND c.lapses = ${shown.lapses}::int
         AND c."lastReview" = ${input.card.lastReview}::timestamptz AT TIME ZONE 'UTC'
      RETURNING c."userId", c."itemId"
    ), logged AS (
      INSERT INTO "ReviewLog" ("userId", "itemId", rating, "reviewedAt", state, "dueOn", "elapsedDays",
                               "scheduledDays", stability, difficulty)
      SELECT "userId", "itemId", ${log.rating}::"ReviewRating", ${at}::timestamptz AT TIME ZONE 'UTC',
             ${log.state}::int, ${log.dueOn}::date, ${log.elapsedDays}::int, ${log.scheduledDays}::int,
             ${log.stability}::float8, ${log.difficulty}::float8
        FROM updated
      RETURNING 1
    )
    SELECT s.settings_ok, (SELECT count(*)::int FROM logged) AS written,
           EXISTS (SELECT 1 FROM "ReviewCard" c WHERE c."userId" = s.id AND c."itemId" = ${item.id}) AS present
      FROM s`;
  const row = rows[0];
  if (!row) return fail("unauthorized", SIGNED_OUT);
  if (!row.settings_ok) return fail("conflict", SETTINGS_CHANGED);
  if (row.written === 1) return ok<RatedCard>({ itemId: item.id, card: toWire(card) });
  return row.present ? fail("conflict", CARD_CHANGED) : fail("not_found", CARD_GONE);
});

/** /account: the desired retention. Existing cards are rescheduled for it (ADR 031). */
export const saveRetention = authedFormAction(retentionFormSchema, async (input, { user }) => {
  const rescheduled = await rescheduleForRetention(user.id, user.timeZone, input.retention);
  revalidatePath("/", "layout");
  return ok(
    { retention: input.retention, rescheduled },
    `Saved: ${input.retention} % desired retention.${rescheduled ? ` ${rescheduled} card${rescheduled === 1 ? "" : "s"} rescheduled.` : ""}`,
  );
});
