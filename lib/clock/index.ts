/**
 * "Now", for every decision the app makes from the date: which exam version
 * applies, which week it is, what is due, streaks. Nothing else in app/ or lib/
 * reads the system time (ESLint forbids `new Date()` and `Date.now()` outside
 * this folder), so tests can pin it:
 *
 * - unit and integration tests call `pinClock(...)` and `unpinClock()`;
 * - the e2e server, started with `TEST_CLOCK=1`, lets each browser pin its own
 *   requests with the `test-now` cookie (`requestNow()` in ./request.ts).
 *
 * Pure functions never call this: they take `now` as an argument.
 */

let pinned: number | null = null;

/** The current instant (the pinned one in tests). */
export function now(): Date {
  return new Date(pinned ?? Date.now());
}

/**
 * Tests only: make `now()` return this instant until `unpinClock()`.
 * @internal The clock's test hook, on purpose: `knip --production` does not count it as unused.
 */
export function pinClock(at: Date | string): void {
  const time = typeof at === "string" ? Date.parse(at) : at.getTime();
  if (Number.isNaN(time)) throw new RangeError(`pinClock: not a date: ${String(at)}`);
  pinned = time;
}

/**
 * Tests only: back to the system clock.
 * @internal
 */
export function unpinClock(): void {
  pinned = null;
}

/** Whether a test pinned the clock (requestNow() then ignores the e2e cookie). */
export function isClockPinned(): boolean {
  return pinned !== null;
}
