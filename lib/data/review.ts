import "server-only";

import type { CertId } from "@/lib/curriculum/types";
import { db } from "@/lib/db";
import { DEFAULT_RETENTION, isRetention, type CardState, type RetentionPercent } from "@/lib/review/fsrs";

/** TIMESTAMP(3) columns hold UTC without a zone; JSON renders them without one. */
function utc(value: string): Date {
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}

export type CardTuple = [string, number, string, number, number, number, number, number, number, string];

/** A card row as JSON arrays carry it: item id, then the stored state. */
export function cardFromTuple([
  ,
  state,
  dueOn,
  stability,
  difficulty,
  scheduledDays,
  learningSteps,
  reps,
  lapses,
  lastReview,
]: CardTuple): CardState {
  return {
    state,
    dueOn,
    stability,
    difficulty,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    lastReview: utc(lastReview),
  };
}

export interface DueCard {
  itemId: string;
  card: CardState;
  note: string;
}

export interface ReviewQueue {
  retention: RetentionPercent;
  /** Exams in the user's plan, in order (to link a card to the plan it belongs to). */
  certs: CertId[];
  /** Cards due on `today` or earlier, oldest due first. */
  due: DueCard[];
  /** The first day after today with cards due, and how many. */
  next: { day: string; count: number } | null;
  /** All the user's cards. */
  total: number;
}

interface Row {
  retention: number;
  certs: CertId[];
  due: [...CardTuple, string | null][];
  next: [string, number] | null;
  total: number;
}

/**
 * Everything /review shows, in ONE statement: the due cards (each with the user's note),
 * the next due day after today, the number of cards, the desired retention and the
 * plan's exams. `today` is the user's local day ("YYYY-MM-DD").
 */
export async function getReviewQueue(userId: string, today: string): Promise<ReviewQueue> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT u."reviewRetention" AS retention,
      (SELECT coalesce(json_agg(e.cert ORDER BY e.position), '[]'::json)
         FROM "Enrollment" e WHERE e."userId" = u.id) AS certs,
      (SELECT coalesce(json_agg(json_build_array(c."itemId", c.state, to_char(c."dueOn", 'YYYY-MM-DD'),
                c.stability, c.difficulty, c."scheduledDays", c."learningSteps", c.reps, c.lapses,
                c."lastReview", n.body) ORDER BY c."dueOn", c."lastReview", c."itemId"), '[]'::json)
         FROM "ReviewCard" c
         LEFT JOIN "ItemNote" n ON n."userId" = c."userId" AND n."itemId" = c."itemId"
        WHERE c."userId" = u.id AND c."dueOn" <= ${today}::date) AS due,
      (SELECT json_build_array(to_char(x.day, 'YYYY-MM-DD'), x.n) FROM (
          SELECT c."dueOn" AS day, count(*)::int AS n FROM "ReviewCard" c
           WHERE c."userId" = u.id AND c."dueOn" > ${today}::date
           GROUP BY c."dueOn" ORDER BY c."dueOn" LIMIT 1) x) AS next,
      (SELECT count(*)::int FROM "ReviewCard" c WHERE c."userId" = u.id) AS total
    FROM "User" u WHERE u.id = ${userId}::uuid`;
  const row = rows[0];
  return {
    retention: row && isRetention(row.retention) ? row.retention : DEFAULT_RETENTION,
    certs: row?.certs ?? [],
    due: (row?.due ?? []).map((tuple) => ({
      itemId: tuple[0],
      card: cardFromTuple(tuple.slice(0, 10) as CardTuple),
      note: tuple[10] ?? "",
    })),
    next: row?.next ? { day: row.next[0], count: row.next[1] } : null,
    total: row?.total ?? 0,
  };
}

/** The user's desired retention in percent (80, 85, 90 or 95). */
export async function getReviewRetention(userId: string): Promise<RetentionPercent> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { reviewRetention: true } });
  return row && isRetention(row.reviewRetention) ? row.reviewRetention : DEFAULT_RETENTION;
}
