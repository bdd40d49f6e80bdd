import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";

import { SESSION_IDLE_SECONDS, SESSION_MAX_AGE_SECONDS } from "./session-token";

/**
 * Server-side session records. The cookie carries a random session id inside next-auth's
 * encrypted JWT; the database keeps only its sha256, so a copy of the table opens no session.
 */

/** How stale "lastSeenAt" may get before a request moves it (saves a write per request). */
const TOUCH_AFTER_SECONDS = 60 * 60;

export function hashSessionId(sid: string): string {
  return createHash("sha256").update(sid).digest("base64url");
}

/** The instants the session check compares against, as UTC timestamps for SQL. */
export function sessionWindow(at: Date = clockNow()) {
  return {
    now: at.toISOString(),
    idleCutoff: new Date(at.getTime() - SESSION_IDLE_SECONDS * 1000).toISOString(),
    touchCutoff: new Date(at.getTime() - TOUCH_AFTER_SECONDS * 1000).toISOString(),
  };
}

/** Creates the record of a new sign-in; returns the session id for the cookie. */
export async function createSession(userId: string, at: Date = clockNow()): Promise<string> {
  const sid = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      sessionToken: hashSessionId(sid),
      userId,
      createdAt: at,
      lastSeenAt: at,
      expires: new Date(at.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    },
    select: { id: true },
  });
  return sid;
}

export interface SessionUser {
  id: string;
  email: string;
  timeZone: string;
  emailVerified: boolean;
}

/**
 * The one statement that checks a session: the record must exist, be within its absolute
 * lifetime and have been used within the idle window; the same statement moves "lastSeenAt"
 * (the sliding idle window) when it is over an hour old, and reads the user.
 */
export async function findSessionUser(sid: string, at: Date = clockNow()): Promise<SessionUser | null> {
  const w = sessionWindow(at);
  const rows = await db.$queryRaw<SessionUser[]>`
    WITH s AS (
      SELECT id, "userId", "lastSeenAt" FROM "Session"
       WHERE "sessionToken" = ${hashSessionId(sid)}
         AND expires > (${w.now}::timestamptz AT TIME ZONE 'UTC')
         AND "lastSeenAt" > (${w.idleCutoff}::timestamptz AT TIME ZONE 'UTC')
    ), touched AS (
      UPDATE "Session" t SET "lastSeenAt" = (${w.now}::timestamptz AT TIME ZONE 'UTC')
        FROM s
       WHERE t.id = s.id AND s."lastSeenAt" < (${w.touchCutoff}::timestamptz AT TIME ZONE 'UTC')
    )
    SELECT u.id::text AS id, u.email, u."timeZone", u."emailVerified" IS NOT NULL AS "emailVerified"
      FROM s JOIN "User" u ON u.id = s."userId"`;
  return rows[0] ?? null;
}

/** Signs out one device. */
export async function deleteSession(sid: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken: hashSessionId(sid) } });
}

/** Signs out every device of the user, except the one whose session id is given. */
export async function deleteUserSessions(userId: string, keepSid?: string): Promise<void> {
  await db.session.deleteMany({
    where: { userId, ...(keepSid ? { sessionToken: { not: hashSessionId(keepSid) } } : {}) },
  });
}

/** Removes records past their absolute or idle end (called now and then, see lib/auth/housekeeping.ts). */
export async function purgeEndedSessions(at: Date = clockNow()): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: {
      OR: [
        { expires: { lte: at } },
        { lastSeenAt: { lte: new Date(at.getTime() - SESSION_IDLE_SECONDS * 1000) } },
      ],
    },
  });
  return count;
}
