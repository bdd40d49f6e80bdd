import "server-only";

import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";

import { purgeEndedSessions } from "./sessions";

/**
 * Rows that have outlived their purpose: ended sessions, expired mailed links and rate-limit
 * counters whose window closed (kept one more hour, as rate-limiter-flexible does).
 */
export async function purgeExpired(at: Date = clockNow()) {
  const [sessions, tokens, counters] = await Promise.all([
    purgeEndedSessions(at),
    db.emailToken.deleteMany({ where: { expires: { lte: at } } }).then((r) => r.count),
    db.rateLimiterFlexible
      .deleteMany({ where: { expire: { lt: new Date(at.getTime() - 60 * 60 * 1000) } } })
      .then((r) => r.count),
  ]);
  return { sessions, tokens, counters };
}

const EVERY_MS = 60 * 60 * 1000;
let timer: ReturnType<typeof setInterval> | undefined;

/** Purges once an hour in this server process (started by instrumentation.ts). */
export function startHousekeeping(): void {
  if (timer) return;
  timer = setInterval(() => {
    purgeExpired().catch((error: unknown) =>
      console.warn(`[housekeeping] purge failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }, EVERY_MS);
  timer.unref();
}
