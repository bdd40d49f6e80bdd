import "server-only";

import { cookies } from "next/headers";

import { getEnv } from "@/lib/env";

import { isClockPinned, now } from "./index";

/** The cookie an e2e test sets to pin the time of its own requests (only with TEST_CLOCK=1). */
export const TEST_NOW_COOKIE = "test-now";

/**
 * "Now" for one request: pages, route handlers and server actions call this
 * instead of `now()`, so an e2e test can put one browser on either side of a
 * date boundary while other tests run at the real time. Without `TEST_CLOCK=1`
 * (which lib/env.ts refuses on an https deployment) the cookie is ignored.
 */
export async function requestNow(): Promise<Date> {
  if (isClockPinned() || getEnv().TEST_CLOCK !== "1") return now();
  const value = (await cookies()).get(TEST_NOW_COOKIE)?.value;
  const time = value ? Date.parse(decodeURIComponent(value)) : Number.NaN;
  return Number.isNaN(time) ? now() : new Date(time);
}
