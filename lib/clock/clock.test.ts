import { afterEach, describe, expect, it } from "vitest";

import { isClockPinned, now, pinClock, unpinClock } from "./index";

describe("the clock", () => {
  afterEach(() => unpinClock());

  it("reads the system time when nothing is pinned", () => {
    const before = Date.now();
    const at = now().getTime();
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(isClockPinned()).toBe(false);
  });

  it("returns the pinned instant, as a fresh Date each time", () => {
    pinClock("2026-11-30T23:59:59.999Z");
    const a = now();
    a.setFullYear(2000);
    expect(now().toISOString()).toBe("2026-11-30T23:59:59.999Z");
    pinClock(new Date("2026-12-01T00:00:00Z"));
    expect(now().toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(isClockPinned()).toBe(true);
  });

  it("refuses something that is not a date", () => {
    expect(() => pinClock("the first of December")).toThrow(RangeError);
  });
});
