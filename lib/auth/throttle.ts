import { RateLimiterPrisma } from "rate-limiter-flexible";

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { now } from "@/lib/clock";

/**
 * Failed sign-ins are limited per IP address and per account, 10 per 15 minutes
 * each, in the database so every app instance counts the same attempts
 * (rate-limiter-flexible's Prisma store). Over the limit even the right password
 * is refused until the window ends.
 */

export const THROTTLE_WINDOW_SECONDS = 15 * 60;
export const THROTTLE_MAX_FAILURES = 10;
/** Only with AUTH_THROTTLE_RELAXED_FOR_TESTS=1: parallel e2e journeys share one IP. */
const RELAXED_MAX_FAILURES = 1_000;

export interface ThrottleKeys {
  ip: string;
  email: string;
}

export type ThrottleCheck = { allowed: true } | { allowed: false; retryAt: Date };

export class SignInThrottle {
  readonly #byIp: RateLimiterPrisma;
  readonly #byAccount: RateLimiterPrisma;
  readonly #max: number;

  constructor(prisma: PrismaClient, options: { relaxed?: boolean } = {}) {
    this.#max = options.relaxed ? RELAXED_MAX_FAILURES : THROTTLE_MAX_FAILURES;
    const common = {
      storeClient: prisma,
      tableName: "rateLimiterFlexible",
      points: this.#max,
      duration: THROTTLE_WINDOW_SECONDS,
      clearExpiredByTimeout: false,
    };
    this.#byIp = new RateLimiterPrisma({ ...common, keyPrefix: "signin_ip" });
    this.#byAccount = new RateLimiterPrisma({ ...common, keyPrefix: "signin_account" });
  }

  /** Whether another attempt may be made now. */
  async check(keys: ThrottleKeys): Promise<ThrottleCheck> {
    const [ip, account] = await Promise.all([this.#byIp.get(keys.ip), this.#byAccount.get(keys.email)]);
    const blocked = [ip, account].filter((r) => r !== null && r.consumedPoints >= this.#max);
    if (blocked.length === 0) return { allowed: true };
    const wait = Math.max(...blocked.map((r) => r!.msBeforeNext));
    return { allowed: false, retryAt: new Date(now().getTime() + wait) };
  }

  async recordFailure(keys: ThrottleKeys): Promise<void> {
    await Promise.all([this.#byIp.penalty(keys.ip, 1), this.#byAccount.penalty(keys.email, 1)]);
  }

  /** A successful sign-in clears the account's counter (not the IP's). */
  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    await this.#byAccount.delete(keys.email);
  }
}
