import "server-only";

import { db } from "@/lib/db";
import { rescheduled } from "@/lib/review/fsrs";

import { cardFromTuple, type CardTuple } from "./review";

/**
 * Sets the user's desired retention and moves every card to the due day ts-fsrs gives
 * its stability at the new retention (ADR 031). A card rated meanwhile keeps its rating:
 * the update only touches rows whose last review is still the one read here.
 * Returns how many cards moved; nothing happens when the retention is unchanged.
 */
export async function rescheduleForRetention(userId: string, timeZone: string, retention: number) {
  const [user, cards] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { reviewRetention: true } }),
    db.$queryRaw<{ card: CardTuple }[]>`
      SELECT json_build_array(c."itemId", c.state, to_char(c."dueOn", 'YYYY-MM-DD'), c.stability, c.difficulty,
               c."scheduledDays", c."learningSteps", c.reps, c.lapses, c."lastReview") AS card
        FROM "ReviewCard" c WHERE c."userId" = ${userId}::uuid`,
  ]);
  if (!user || user.reviewRetention === retention) return 0;
  const moved = cards
    .map(({ card: tuple }) => {
      const card = cardFromTuple(tuple);
      const next = rescheduled(card, timeZone, retention);
      return { itemId: tuple[0], card, next };
    })
    .filter(({ card, next }) => next.dueOn !== card.dueOn || next.scheduledDays !== card.scheduledDays);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { reviewRetention: retention } }),
    db.$executeRaw`
      UPDATE "ReviewCard" c
         SET "dueOn" = m.due, "scheduledDays" = m.days, "updatedAt" = now()
        FROM json_to_recordset(${JSON.stringify(
          moved.map((m) => ({
            item: m.itemId,
            due: m.next.dueOn,
            days: m.next.scheduledDays,
            last: m.card.lastReview.toISOString(),
          })),
        )}::json) AS m(item text, due date, days int, last timestamptz)
       WHERE c."userId" = ${userId}::uuid AND c."itemId" = m.item
         AND c."lastReview" = m.last AT TIME ZONE 'UTC'`,
  ]);
  return moved.length;
}
