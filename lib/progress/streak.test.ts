import { describe, expect, it } from "vitest";

import { dayNumber } from "./days";
import { streaksFromDays } from "./streak";

/**
 * The dashboard's statement groups "done" events by local day in SQL (lib/data/dashboard.ts,
 * tested in tests/integration/dashboard-data.test.ts); these tests start from those days.
 */
const days = (...keys: string[]) => new Set(keys.map(dayNumber));

const now = new Date("2025-06-10T10:00:00Z"); // Tuesday, in UTC

describe("streaksFromDays", () => {
  it("is zero with no study days", () => {
    expect(streaksFromDays(days(), "UTC", now)).toEqual({ current: 0, longest: 0 });
  });

  it("counts back from today when today is a study day", () => {
    expect(streaksFromDays(days("2025-06-08", "2025-06-09", "2025-06-10"), "UTC", now)).toEqual({
      current: 3,
      longest: 3,
    });
  });

  it("keeps the streak alive from yesterday while today isn't over", () => {
    expect(streaksFromDays(days("2025-06-08", "2025-06-09"), "UTC", now)).toEqual({ current: 2, longest: 2 });
  });

  it("breaks the current streak after a missed day but remembers the longest", () => {
    // Gap on the 4th; then nothing on the 7th, 8th, 9th and so far today.
    const studied = days("2025-06-01", "2025-06-02", "2025-06-03", "2025-06-05", "2025-06-06");
    expect(streaksFromDays(studied, "UTC", now)).toEqual({ current: 0, longest: 3 });
  });

  it("ignores days after today (clock skew)", () => {
    expect(streaksFromDays(days("2025-06-10", "2025-06-11", "2025-06-12"), "UTC", now)).toEqual({
      current: 1,
      longest: 1,
    });
  });

  it("takes today from the user's time zone", () => {
    // 20:00 UTC on 10 June is already 05:00 on 11 June in Tokyo.
    const evening = new Date("2025-06-10T20:00:00Z");
    const studied = days("2025-06-10", "2025-06-11");
    expect(streaksFromDays(studied, "Asia/Tokyo", evening)).toEqual({ current: 2, longest: 2 });
    // In UTC it is still the 10th: the 11th lies in the future and does not count yet.
    expect(streaksFromDays(studied, "UTC", evening)).toEqual({ current: 1, longest: 1 });
    // 16:00 UTC on 11 June is 01:00 on 12 June in Tokyo: the 11th was yesterday there, and the
    // 10th–11th streak is still alive; 20:00 UTC on the 12th is the 13th in Tokyo: broken there only.
    expect(streaksFromDays(studied, "Asia/Tokyo", new Date("2025-06-11T16:00:00Z")).current).toBe(2);
    expect(streaksFromDays(studied, "Asia/Tokyo", new Date("2025-06-12T20:00:00Z"))).toEqual({
      current: 0,
      longest: 2,
    });
    expect(streaksFromDays(studied, "UTC", new Date("2025-06-12T20:00:00Z"))).toEqual({
      current: 2,
      longest: 2,
    });
  });

  it("counts local days across the Europe/Berlin and America/New_York DST changes", () => {
    // Today is 1 April in Berlin (07:00 UTC = 09:00 CEST); the 30 March night was an hour short.
    const berlin = days("2025-03-28", "2025-03-29", "2025-03-30", "2025-03-31");
    expect(streaksFromDays(berlin, "Europe/Berlin", new Date("2025-04-01T07:00:00Z"))).toEqual({
      current: 4,
      longest: 4,
    });
    // 04:30 UTC on 3 November is still 2 November (23:30 EST) in New York.
    const newYork = days("2025-10-31", "2025-11-01", "2025-11-02");
    expect(streaksFromDays(newYork, "America/New_York", new Date("2025-11-03T04:30:00Z"))).toEqual({
      current: 3,
      longest: 3,
    });
    expect(streaksFromDays(newYork, "UTC", new Date("2025-11-04T04:30:00Z"))).toEqual({
      current: 0,
      longest: 3,
    });
  });

  it("throws for an unknown time zone", () => {
    expect(() => streaksFromDays(days("2025-06-10"), "Mars/Olympus_Mons", now)).toThrow(RangeError);
  });
});
