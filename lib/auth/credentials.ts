import type { PrismaClient } from "@/lib/generated/prisma/client";

import { refusal, type Limit, minutesUntil } from "./limits";
import { timingSafeDummyVerify, verifyPassword } from "./password";

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date };

/** Trims and lower-cases, so one person has one account whatever they type. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an email and password. The attempt is counted per address and per account before the
 * password is verified, so parallel guesses cannot outrun the limit; a success gives the
 * address's point back and clears the account's count. The same answer for an unknown email and
 * a wrong password (and the same time: a dummy hash is verified), so the form never reveals
 * whether an account exists.
 */
export async function authenticate(
  prisma: PrismaClient,
  limits: { signInIp: Limit; account: Limit },
  input: { email: string; password: string; ip: string },
): Promise<AuthenticateResult> {
  const email = normalizeEmail(input.email);
  const [byIp, byAccount] = await Promise.all([
    limits.signInIp.consume(input.ip),
    limits.account.consume(email),
  ]);
  const retryAt = refusal(byIp, byAccount);
  if (retryAt) return { ok: false, reason: "throttled", retryAt };

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true },
  });
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await timingSafeDummyVerify(input.password);

  if (!user || !valid) return { ok: false, reason: "invalid" };
  await Promise.all([limits.signInIp.refund(input.ip), limits.account.clear(email)]);
  return { ok: true, user: { id: user.id, email: user.email } };
}

/**
 * Checks the signed-in user's current password before a sensitive change (password, email,
 * deletion), through the same per-account limit as sign-in. Consumed first; given back on success.
 */
export async function confirmPassword(
  prisma: PrismaClient,
  account: Limit,
  user: { id: string; email: string },
  password: string,
): Promise<"ok" | "invalid" | { retryAt: Date }> {
  const gate = await account.consume(user.email);
  if (!gate.ok) return { retryAt: gate.retryAt };
  const row = await prisma.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  const valid = row?.passwordHash
    ? await verifyPassword(row.passwordHash, password)
    : await timingSafeDummyVerify(password);
  if (!valid) return "invalid";
  await account.refund(user.email);
  return "ok";
}

export function throttleMessage(retryAt: Date): string {
  return `Too many failed sign-in attempts. Try again in ${minutesUntil(retryAt)}.`;
}
