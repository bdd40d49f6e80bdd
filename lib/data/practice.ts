import "server-only";

import type { CertId, ItemStatus } from "@/lib/curriculum/types";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Attempt, AttemptDomain } from "@/lib/readiness/types";

/** An attempt as the database's JSON hands it over (domains as compact arrays). */
export interface AttemptJson extends Omit<Attempt, "domains"> {
  domains: [string, number | null, number | null, number | null, boolean | null][];
  notes?: string;
}

/** An attempt with its private notes (the owner's /practice page and exports only). */
export interface AttemptWithNotes extends Attempt {
  notes: string;
}

/**
 * A user's attempts as one JSON array, oldest first, for use as a scalar subquery
 * in a larger statement (the dashboard's, the practice page's). Notes are left out
 * unless asked for: the dashboard and the public share page never carry them.
 */
export function attemptsSubquery(userId: string, withNotes: boolean): Prisma.Sql {
  const notes = withNotes ? Prisma.sql`, 'notes', x.notes` : Prisma.empty;
  return Prisma.sql`(SELECT coalesce(json_agg(json_build_object(
        'id', x.id, 'cert', x.cert, 'examCode', x."examCode", 'kind', x.kind,
        'takenOn', to_char(x."takenOn", 'YYYY-MM-DD'), 'createdAt', x."createdAt",
        'source', x.source, 'sourceName', x."sourceName", 'mode', x.mode,
        'questions', x.questions, 'correct', x.correct, 'percent', x.percent,
        'scaledScore', x."scaledScore", 'passed', x.passed${notes},
        'domains', (SELECT coalesce(json_agg(json_build_array(d."domainId", d.percent, d.correct, d.total, d.meets)
                                     ORDER BY d."domainId"), '[]'::json)
                      FROM "ExamAttemptDomain" d WHERE d."attemptId" = x.id))
      ORDER BY x."takenOn", x."createdAt", x.id), '[]'::json)
     FROM "ExamAttempt" x WHERE x."userId" = ${userId}::uuid)`;
}

/** Item id → local day it was marked done, for the user's done items (the drill list's "done before"). */
export function doneOnSubquery(userId: string, timeZone: string): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_object_agg(p."itemId",
        to_char((p."updatedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')), '{}'::json)
     FROM "ItemProgress" p WHERE p."userId" = ${userId}::uuid AND p.status = 'done')`;
}

export function toAttempt(row: AttemptJson): Attempt {
  return {
    id: row.id,
    cert: row.cert,
    examCode: row.examCode,
    kind: row.kind,
    takenOn: row.takenOn,
    createdAt: row.createdAt,
    source: row.source,
    sourceName: row.sourceName,
    mode: row.mode,
    questions: row.questions,
    correct: row.correct,
    percent: row.percent,
    scaledScore: row.scaledScore,
    passed: row.passed,
    domains: row.domains.map(([domainId, percent, correct, total, meets]): AttemptDomain => ({
      domainId,
      percent,
      correct,
      total,
      meets,
    })),
  };
}

export interface PracticePageData {
  enrollments: { cert: CertId; position: number; targetDate: string | null }[];
  statuses: Map<string, ItemStatus>;
  doneOn: Map<string, string>;
  /** Oldest first, with notes. */
  attempts: AttemptWithNotes[];
}

interface PracticeRow {
  enrollments: PracticePageData["enrollments"];
  statuses: Record<string, ItemStatus>;
  done_on: Record<string, string>;
  attempts: AttemptJson[];
}

/** Everything /practice shows for one user, in one statement. */
export async function getPracticePageData(userId: string, timeZone: string): Promise<PracticePageData> {
  const rows = await db.$queryRaw<PracticeRow[]>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('cert', e.cert, 'position', e.position,
                'targetDate', to_char(e."targetDate", 'YYYY-MM-DD')) ORDER BY e.position), '[]'::json)
         FROM "Enrollment" e WHERE e."userId" = ${userId}::uuid) AS enrollments,
      (SELECT coalesce(json_object_agg(p."itemId", p.status), '{}'::json)
         FROM "ItemProgress" p WHERE p."userId" = ${userId}::uuid AND p.status <> 'todo') AS statuses,
      ${doneOnSubquery(userId, timeZone)} AS done_on,
      ${attemptsSubquery(userId, true)} AS attempts`;
  const row = rows[0];
  return {
    enrollments: row?.enrollments ?? [],
    statuses: new Map(Object.entries(row?.statuses ?? {})),
    doneOn: new Map(Object.entries(row?.done_on ?? {})),
    attempts: (row?.attempts ?? []).map((a) => ({ ...toAttempt(a), notes: a.notes ?? "" })),
  };
}
