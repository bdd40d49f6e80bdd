import type { PrismaClient } from "@/lib/generated/prisma/client";

import { timingSafeDummyVerify, verifyPassword } from "./password";
import type { SignInThrottle } from "./throttle";
import { type ThrottleKeys } from "./throttle";
import { now as clockNow } from "@/lib/clock";

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date };

/** Trims and lower-cases, so one person has one account whatever they type. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks an email and password. The same answer for an unknown email and a wrong
 * password (and the same time: a dummy hash is verified), so the form never reveals
 * whether an account exists.
 */
export async function authenticate(
  prisma: PrismaClient,
  throttle: SignInThrottle,
  input: { email: string; password: string; ip: string },
): Promise<AuthenticateResult> {
  const keys: ThrottleKeys = { ip: input.ip, email: normalizeEmail(input.email) };
  const gate = await throttle.check(keys);
  if (!gate.allowed) return { ok: false, reason: "throttled", retryAt: gate.retryAt };

  const user = await prisma.user.findUnique({
    where: { email: keys.email },
    select: { id: true, email: true, passwordHash: true, sessionVersion: true },
  });
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await timingSafeDummyVerify(input.password);

  if (!user || !valid) {
    await throttle.recordFailure(keys);
    return { ok: false, reason: "invalid" };
  }
  await throttle.recordSuccess(keys);
  return { ok: true, user: { id: user.id, email: user.email, sessionVersion: user.sessionVersion } };
}

export function throttleMessage(retryAt: Date, now: Date = clockNow()): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
