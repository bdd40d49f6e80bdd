import "server-only";

import type { CertId, ItemStatus } from "@/lib/curriculum/types";
import { db } from "@/lib/db";
import type { PlanRows } from "@/lib/schedule";

import { attemptsSubquery, toAttempt, type AttemptJson } from "./practice";
import { cardFromTuple, type CardTuple } from "./review";

interface Row {
  enrollments: { cert: CertId; position: number; targetDate: string | null; weeklyHours: number | null }[];
  statuses: Record<string, ItemStatus>;
  done_on: Record<string, string>;
  pins: Record<string, string>;
  week_hours: Record<string, number>;
  review_cards: CardTuple[];
  retention: number | null;
  attempts: AttemptJson[];
}

/**
 * What a user's schedule is built from, in ONE statement: enrollments, statuses, the local day
 * each done item was finished (items finished this week stay in this week), pins and per-week
 * hours. The schedule itself is never stored (ADR 023).
 */
export async function getScheduleRows(userId: string, timeZone: string): Promise<PlanRows> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object(
                'cert', e.cert, 'position', e.position,
                'targetDate', to_char(e."targetDate", 'YYYY-MM-DD'), 'weeklyHours', e."weeklyHours")
              ORDER BY e.position), '[]'::json)
         FROM "Enrollment" e WHERE e."userId" = ${userId}::uuid) AS enrollments,
      (SELECT coalesce(json_object_agg(p."itemId", p.status), '{}'::json)
         FROM "ItemProgress" p WHERE p."userId" = ${userId}::uuid AND p.status <> 'todo') AS statuses,
      (SELECT coalesce(json_object_agg(p."itemId",
                to_char((p."updatedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')), '{}'::json)
         FROM "ItemProgress" p WHERE p."userId" = ${userId}::uuid AND p.status = 'done') AS done_on,
      (SELECT coalesce(json_object_agg(s."itemId", to_char(s.week, 'YYYY-MM-DD')), '{}'::json)
         FROM "SchedulePin" s WHERE s."userId" = ${userId}::uuid) AS pins,
      (SELECT coalesce(json_object_agg(to_char(w.week, 'YYYY-MM-DD'), w.hours), '{}'::json)
         FROM "WeekHours" w WHERE w."userId" = ${userId}::uuid) AS week_hours,
      (SELECT coalesce(json_agg(json_build_array(c."itemId", c.state, to_char(c."dueOn", 'YYYY-MM-DD'),
                c.stability, c.difficulty, c."scheduledDays", c."learningSteps", c.reps, c.lapses,
                c."lastReview")), '[]'::json)
         FROM "ReviewCard" c WHERE c."userId" = ${userId}::uuid) AS review_cards,
      (SELECT u."reviewRetention" FROM "User" u WHERE u.id = ${userId}::uuid) AS retention,
      ${attemptsSubquery(userId, false)} AS attempts`;
  return toPlanRows(rows[0]);
}

/** The JSON columns read as maps. */
function toPlanRows(row: Partial<Row> | undefined): PlanRows {
  return {
    enrollments: row?.enrollments ?? [],
    statuses: new Map(Object.entries(row?.statuses ?? {})),
    doneOn: new Map(Object.entries(row?.done_on ?? {})),
    pins: new Map(Object.entries(row?.pins ?? {})),
    weekHours: new Map(Object.entries(row?.week_hours ?? {})),
    review: {
      cards: (row?.review_cards ?? []).map(cardFromTuple),
      retention: row?.retention ?? 90,
    },
    // Real exam results only: a failed attempt's weak domains go to the front of the schedule.
    examResults: (row?.attempts ?? []).map(toAttempt).filter((a) => a.kind === "official"),
  };
}

/** The user's private calendar feed token, or null when the feed is off. */
export async function getCalendarToken(userId: string): Promise<string | null> {
  const row = await db.calendarFeed.findUnique({ where: { userId }, select: { token: true } });
  return row?.token ?? null;
}

/** The owner of a calendar feed token, or null for an unknown (or revoked) token. */
export async function getCalendarFeedOwner(token: string): Promise<{ id: string; timeZone: string } | null> {
  const row = await db.calendarFeed.findUnique({
    where: { token },
    select: { user: { select: { id: true, timeZone: true } } },
  });
  return row?.user ?? null;
}
