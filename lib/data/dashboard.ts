import "server-only";

import type { ItemStatus } from "@/lib/curriculum/types";
import { db } from "@/lib/db";
import type { DashboardInput } from "@/lib/progress/dashboard";
import { dayKey } from "@/lib/progress/days";
import type { ReviewRating } from "@/lib/review/ratings";

import { cardFromTuple, type CardTuple } from "./review";

import { attemptsSubquery, toAttempt, type AttemptJson } from "./practice";

interface Row {
  enrollments: DashboardInput["enrollments"];
  dismissed: string[];
  statuses: Record<string, ItemStatus>;
  done_days: Record<string, number>;
  recent: [string, ItemStatus, ItemStatus, string][];
  attempts: AttemptJson[];
  done_on: Record<string, string>;
  pins: Record<string, string>;
  week_hours: Record<string, number>;
  review_due: number;
  retention: number | null;
  review_next: string | null;
  review_cards: CardTuple[];
  review_days: Record<string, number>;
  recent_reviews: [string, ReviewRating, string][];
}

/** TIMESTAMP(3) columns hold UTC without a zone; JSON renders them without one. */
function utc(value: string): Date {
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}

/**
 * Everything the dashboard shows for one user, in ONE SQL statement whatever the
 * number of items or the length of the history: the database groups done events by
 * the user's local day, so only per-day counts and the last ten changes cross the wire,
 * plus the schedule's rows (done days, pins, week hours), the practice attempts (without
 * notes) and the review cards. With the session check that makes two
 * statements per dashboard request (an integration test holds it to three).
 */
export async function getDashboardInput(
  userId: string,
  timeZone: string,
  now: Date,
): Promise<Omit<DashboardInput, "now">> {
  const today = dayKey(now, timeZone);
  const rows = await db.$queryRaw<Row[]>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object(
                'cert', e.cert, 'position', e.position,
                'targetDate', to_char(e."targetDate", 'YYYY-MM-DD'), 'weeklyHours', e."weeklyHours",
                'enrolledOn', to_char((e."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM-DD'))
              ORDER BY e.position), '[]'::json)
         FROM "Enrollment" e WHERE e."userId" = ${userId}::uuid) AS enrollments,
      (SELECT coalesce(json_agg(n.notice), '[]'::json)
         FROM "NoticeDismissal" n WHERE n."userId" = ${userId}::uuid) AS dismissed,
      (SELECT coalesce(json_object_agg(p."itemId", p.status), '{}'::json)
         FROM "ItemProgress" p WHERE p."userId" = ${userId}::uuid AND p.status <> 'todo') AS statuses,
      (SELECT coalesce(json_object_agg(d.day, d.n), '{}'::json) FROM (
          SELECT to_char((a.at AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day, count(*)::int AS n
            FROM "Activity" a WHERE a."userId" = ${userId}::uuid AND a."toStatus" = 'done'
           GROUP BY 1) d) AS done_days,
      (SELECT coalesce(json_agg(json_build_array(r."itemId", r."fromStatus", r."toStatus", r.at) ORDER BY r.at DESC, r.id DESC), '[]'::json)
         FROM (SELECT "itemId", "fromStatus", "toStatus", at, id FROM "Activity"
                WHERE "userId" = ${userId}::uuid ORDER BY at DESC, id DESC LIMIT 10) r) AS recent,
      ${attemptsSubquery(userId, false)} AS attempts,
      (SELECT coalesce(json_object_agg(p."itemId",
                to_char((p."updatedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')), '{}'::json)
         FROM "ItemProgress" p WHERE p."userId" = ${userId}::uuid AND p.status = 'done') AS done_on,
      (SELECT coalesce(json_object_agg(s."itemId", to_char(s.week, 'YYYY-MM-DD')), '{}'::json)
         FROM "SchedulePin" s WHERE s."userId" = ${userId}::uuid) AS pins,
      (SELECT coalesce(json_object_agg(to_char(w.week, 'YYYY-MM-DD'), w.hours), '{}'::json)
         FROM "WeekHours" w WHERE w."userId" = ${userId}::uuid) AS week_hours,

      -- Spaced review (ADR 029): due count, next due day, the cards (expected recall on
      -- exam day), reviews per local day (streak, heatmap) and the latest five reviews.
      (SELECT count(*)::int FROM "ReviewCard" c
        WHERE c."userId" = ${userId}::uuid AND c."dueOn" <= ${today}::date) AS review_due,
      (SELECT to_char(min(c."dueOn"), 'YYYY-MM-DD') FROM "ReviewCard" c
        WHERE c."userId" = ${userId}::uuid AND c."dueOn" > ${today}::date) AS review_next,
      (SELECT u."reviewRetention" FROM "User" u WHERE u.id = ${userId}::uuid) AS retention,
      (SELECT coalesce(json_agg(json_build_array(c."itemId", c.state, to_char(c."dueOn", 'YYYY-MM-DD'),
                c.stability, c.difficulty, c."scheduledDays", c."learningSteps", c.reps, c.lapses,
                c."lastReview")), '[]'::json)
         FROM "ReviewCard" c WHERE c."userId" = ${userId}::uuid) AS review_cards,
      (SELECT coalesce(json_object_agg(d.day, d.n), '{}'::json) FROM (
          SELECT to_char((l."reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day, count(*)::int AS n
            FROM "ReviewLog" l WHERE l."userId" = ${userId}::uuid
           GROUP BY 1) d) AS review_days,
      (SELECT coalesce(json_agg(json_build_array(v."itemId", v.rating, v."reviewedAt") ORDER BY v."reviewedAt" DESC, v.id DESC), '[]'::json)
         FROM (SELECT "itemId", rating, "reviewedAt", id FROM "ReviewLog"
                WHERE "userId" = ${userId}::uuid ORDER BY "reviewedAt" DESC, id DESC LIMIT 5) v) AS recent_reviews`;
  const row = rows[0];
  const toEvent = ([itemId, from, to, at]: [string, ItemStatus, ItemStatus, string]) => ({
    itemId,
    from,
    to,
    at: utc(at),
  });
  return {
    timeZone,
    enrollments: row?.enrollments ?? [],
    dismissedNotices: new Set(row?.dismissed ?? []),
    statuses: new Map(Object.entries(row?.statuses ?? {})),
    doneDays: new Map(Object.entries(row?.done_days ?? {})),
    recent: (row?.recent ?? []).map(toEvent),
    // Practice attempts without their notes (the share page shows scores only).
    attempts: (row?.attempts ?? []).map(toAttempt),
    // The schedule's inputs (lib/schedule): the same rows /schedule reads, in this one statement.
    doneOn: new Map(Object.entries(row?.done_on ?? {})),
    pins: new Map(Object.entries(row?.pins ?? {})),
    weekHours: new Map(Object.entries(row?.week_hours ?? {})),
    review: {
      retention: row?.retention ?? 90,
      due: row?.review_due ?? 0,
      next: row?.review_next ?? null,
      cards: new Map((row?.review_cards ?? []).map((tuple) => [tuple[0], cardFromTuple(tuple)])),
      days: new Map(Object.entries(row?.review_days ?? {})),
      recent: (row?.recent_reviews ?? []).map(([itemId, rating, at]) => ({ itemId, rating, at: utc(at) })),
    },
  };
}
