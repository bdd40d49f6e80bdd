import { createHmac } from "node:crypto";

import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";

import { now as clockNow } from "@/lib/clock";
import { authSecret } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Abuse limits, stored in the database so every app instance counts the same attempts
 * (rate-limiter-flexible's Prisma store, whose increment is one atomic upsert).
 *
 * Every limit is consumed BEFORE the costly or revealing work (an argon2 verification, a
 * mail), so parallel requests cannot all pass a check made before any of them is counted;
 * a successful sign-in gives its point back. Keys are an HMAC of the address or email, never
 * the value itself. See docs/decisions/014-abuse-limits.md.
 */

interface LimitSpec {
  /** Prefix of the stored key. */
  prefix: string;
  points: number;
  durationSeconds: number;
}

export const LIMITS = {
  /** Sign-in attempts from one address. */
  signInIp: { prefix: "signin_ip", points: 10, durationSeconds: 15 * 60 },
  /**
   * Attempts at one account's password, from anywhere: sign-in, password change, email change,
   * account deletion. A window, not a lock: the account opens again 15 minutes after the last
   * burst, and a password reset (mailed only to the owner) clears it at once.
   */
  account: { prefix: "account", points: 10, durationSeconds: 15 * 60 },
  /** Accounts created from one address. */
  signUpIp: { prefix: "signup_ip", points: 10, durationSeconds: 60 * 60 },
  /** Password-reset requests from one address. */
  resetIp: { prefix: "reset_ip", points: 10, durationSeconds: 60 * 60 },
  /** Mails the app sends to one address (reset links, verification, notices). */
  mailTo: { prefix: "mail_to", points: 5, durationSeconds: 60 * 60 },
} as const satisfies Record<string, LimitSpec>;

/** Only with AUTH_THROTTLE_RELAXED_FOR_TESTS=1: parallel e2e journeys share one address. */
const RELAXED_FACTOR = 100;

type Gate = { ok: true } | { ok: false; retryAt: Date };

/** The stored key of a value: HMAC-SHA256 under a key derived from NEXTAUTH_SECRET, 192 bits. */
export function limitKey(prefix: string, value: string): string {
  const key = createHmac("sha256", authSecret()).update("aws-study-planner rate-limit keys").digest();
  return `${prefix}:${createHmac("sha256", key).update(value).digest("base64url").slice(0, 32)}`;
}

export class Limit {
  readonly #limiter: RateLimiterPrisma;
  readonly #prefix: string;

  constructor(prisma: PrismaClient, spec: LimitSpec, options: { relaxed?: boolean } = {}) {
    this.#prefix = spec.prefix;
    this.#limiter = new RateLimiterPrisma({
      storeClient: prisma,
      tableName: "rateLimiterFlexible",
      points: options.relaxed ? spec.points * RELAXED_FACTOR : spec.points,
      duration: spec.durationSeconds,
      // Expired rows are purged by lib/auth/housekeeping.ts for every limit at once.
      clearExpiredByTimeout: false,
      // The key is already prefixed and hashed by limitKey().
      keyPrefix: "",
    });
  }

  key(value: string): string {
    return limitKey(this.#prefix, value);
  }

  /** Counts one attempt; refused when it is over the limit (the attempt is still counted). */
  async consume(value: string): Promise<Gate> {
    try {
      await this.#limiter.consume(this.key(value), 1);
      return { ok: true };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return { ok: false, retryAt: new Date(clockNow().getTime() + Math.max(error.msBeforeNext, 1_000)) };
    }
  }

  /** Gives one attempt back (it succeeded). */
  async refund(value: string): Promise<void> {
    await this.#limiter.reward(this.key(value), 1);
  }

  /** Forgets every attempt counted for the value. */
  async clear(value: string): Promise<void> {
    await this.#limiter.delete(this.key(value));
  }
}

/** The later of several refusals, or null when every gate is open. */
export function refusal(...gates: Gate[]): Date | null {
  const times = gates.flatMap((g) => (g.ok ? [] : [g.retryAt.getTime()]));
  return times.length ? new Date(Math.max(...times)) : null;
}

export type Limits = { [K in keyof typeof LIMITS]: Limit };

export function createLimits(prisma: PrismaClient, options: { relaxed?: boolean } = {}): Limits {
  const entries = Object.entries(LIMITS).map(([name, spec]) => [name, new Limit(prisma, spec, options)]);
  return Object.fromEntries(entries) as Limits;
}

/** "3 minutes", "1 minute". */
export function minutesUntil(retryAt: Date, now: Date = clockNow()): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
