import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { db } from "@/lib/db";
import type { EmailTokenPurpose } from "@/lib/generated/prisma/client";

/**
 * Single-use links sent by mail. The token (256 random bits) travels only in the mail; the
 * database keeps its sha256, so a copy of the table opens nothing. Using a token deletes it in
 * the same statement that checks it (DELETE … RETURNING), so two clicks cannot both succeed.
 */

export const TOKEN_LIFETIME_SECONDS: Record<EmailTokenPurpose, number> = {
  password_reset: 30 * 60,
  verify_email: 24 * 60 * 60,
  change_email: 24 * 60 * 60,
};

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** Whether a string can be a token at all (43 base64url characters), before touching the database. */
function looksLikeToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export async function createEmailToken(
  userId: string,
  purpose: EmailTokenPurpose,
  email: string,
  now: Date,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.emailToken.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      purpose,
      email,
      createdAt: now,
      expires: new Date(now.getTime() + TOKEN_LIFETIME_SECONDS[purpose] * 1000),
    },
    select: { id: true },
  });
  return token;
}

interface TokenRecord {
  userId: string;
  purpose: EmailTokenPurpose;
  email: string;
}

/** The token's record while it is valid, without using it (pages show what the link will do). */
export async function peekEmailToken(token: unknown, now: Date): Promise<TokenRecord | null> {
  if (!looksLikeToken(token)) return null;
  return db.emailToken.findFirst({
    where: { tokenHash: hashToken(token), expires: { gt: now } },
    select: { userId: true, purpose: true, email: true },
  });
}

/**
 * Uses a token: deletes it and returns its record if it was valid and of one of these purposes,
 * in one statement. Runs inside the caller's transaction when one is given.
 */
export async function consumeEmailToken(
  token: unknown,
  purposes: EmailTokenPurpose[],
  now: Date,
  tx: Pick<typeof db, "$queryRaw"> = db,
): Promise<TokenRecord | null> {
  if (!looksLikeToken(token)) return null;
  const rows = await tx.$queryRaw<TokenRecord[]>`
    DELETE FROM "EmailToken"
     WHERE "tokenHash" = ${hashToken(token)}
       AND purpose::text = ANY(${purposes})
       AND expires > (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
    RETURNING "userId"::text AS "userId", purpose::text AS purpose, email`;
  return rows[0] ?? null;
}

/** Voids the user's links of these purposes (after a password or email change). */
export async function deleteEmailTokens(
  userId: string,
  purposes: EmailTokenPurpose[],
  tx: Pick<typeof db, "emailToken"> = db,
): Promise<void> {
  await tx.emailToken.deleteMany({ where: { userId, purpose: { in: purposes } } });
}
