import "server-only";

import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";

import { createLimits, LIMITS, limitKey, type Limits } from "./limits";

let instance: Limits | undefined;

/** The app's abuse limits on the app's database. */
export function limits(): Limits {
  instance ??= createLimits(db, { relaxed: getEnv().AUTH_THROTTLE_RELAXED_FOR_TESTS === "1" });
  return instance;
}

/** The counters kept about one email address, removed with its account. */
export async function deleteLimitRowsOf(email: string): Promise<void> {
  await db.rateLimiterFlexible.deleteMany({
    where: { key: { in: [limitKey(LIMITS.account.prefix, email), limitKey(LIMITS.mailTo.prefix, email)] } },
  });
}
