import { describe, expect, it } from "vitest";
import {
  dayKey,
  dayNumber,
  isDayKey,
  isValidTimeZone,
  keyFromDayNumber,
  localDayNumber,
  mondayIndex,
} from "./days";

describe("dayKey", () => {
  it("formats the local calendar day as YYYY-MM-DD", () => {
    expect(dayKey(new Date("2025-01-05T12:00:00Z"), "UTC")).toBe("2025-01-05");
  });

  it("puts 23:30 UTC on the next day in Asia/Tokyo and the same day in UTC / Los Angeles", () => {
    const at = new Date("2025-06-01T23:30:00Z");
    expect(dayKey(at, "Asia/Tokyo")).toBe("2025-06-02");
    expect(dayKey(at, "UTC")).toBe("2025-06-01");
    expect(dayKey(at, "America/Los_Angeles")).toBe("2025-06-01");
  });

  it("follows Europe/Berlin across the spring-forward change (last Sunday of March)", () => {
    // CET (+1) on the Saturday evening, CEST (+2) after 01:00 UTC on 30 March.
    expect(dayKey(new Date("2025-03-29T22:30:00Z"), "Europe/Berlin")).toBe("2025-03-29");
    expect(dayKey(new Date("2025-03-30T22:30:00Z"), "Europe/Berlin")).toBe("2025-03-31");
    expect(dayKey(new Date("2025-03-30T21:59:59Z"), "Europe/Berlin")).toBe("2025-03-30");
  });

  it("follows Europe/Berlin across the fall-back change (last Sunday of October)", () => {
    // Both instants are on 26 October locally: 00:30 CEST and 23:30 CET.
    expect(dayKey(new Date("2025-10-25T22:30:00Z"), "Europe/Berlin")).toBe("2025-10-26");
    expect(dayKey(new Date("2025-10-26T22:30:00Z"), "Europe/Berlin")).toBe("2025-10-26");
    expect(dayKey(new Date("2025-10-26T23:00:00Z"), "Europe/Berlin")).toBe("2025-10-27");
  });

  it("follows America/New_York across its DST changes", () => {
    expect(dayKey(new Date("2025-03-09T04:30:00Z"), "America/New_York")).toBe("2025-03-08"); // EST −5
    expect(dayKey(new Date("2025-03-10T03:30:00Z"), "America/New_York")).toBe("2025-03-09"); // EDT −4
    expect(dayKey(new Date("2025-11-02T03:30:00Z"), "America/New_York")).toBe("2025-11-01"); // EDT −4
    expect(dayKey(new Date("2025-11-03T04:30:00Z"), "America/New_York")).toBe("2025-11-02"); // EST −5
  });

  it("throws for an invalid date or an unknown zone", () => {
    expect(() => dayKey(new Date(Number.NaN), "UTC")).toThrow(RangeError);
    expect(() => dayKey(new Date(), "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("time zone helpers", () => {
  it("validates zones", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Nowhere/Special")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});

describe("day numbers", () => {
  it("round-trips keys and does calendar arithmetic across month, year and leap days", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(keyFromDayNumber(dayNumber("2024-02-28") + 1)).toBe("2024-02-29");
    expect(keyFromDayNumber(dayNumber("2024-02-29") + 1)).toBe("2024-03-01");
    expect(keyFromDayNumber(dayNumber("2025-01-01") - 1)).toBe("2024-12-31");
    expect(keyFromDayNumber(dayNumber("2025-03-29") + 2)).toBe("2025-03-31");
  });

  it("rejects malformed or impossible dates", () => {
    expect(isDayKey("2025-02-29")).toBe(false);
    expect(isDayKey("2025-2-1")).toBe(false);
    expect(isDayKey("2024-02-29")).toBe(true);
    expect(() => dayNumber("2025-13-01")).toThrow(RangeError);
  });

  it("knows the weekday, Monday = 0", () => {
    expect(mondayIndex(dayNumber("2025-06-09"))).toBe(0); // Monday
    expect(mondayIndex(dayNumber("2025-06-15"))).toBe(6); // Sunday
    expect(mondayIndex(dayNumber("1970-01-01"))).toBe(3); // Thursday
    expect(mondayIndex(dayNumber("1969-12-29"))).toBe(0); // Monday, negative day number
  });

  it("agrees with the platform's calendar on every day from 1600 to 2400", () => {
    // The day arithmetic is integer maths, not Date: check it against Date across leap rules.
    const first = Date.UTC(1600, 0, 1) / 86_400_000;
    const last = Date.UTC(2400, 11, 31) / 86_400_000;
    let mismatches = 0;
    for (let n = first; n <= last; n++) {
      const expected = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (keyFromDayNumber(n) !== expected || dayNumber(expected) !== n) mismatches++;
    }
    expect(last - first).toBeGreaterThan(290_000);
    expect(mismatches).toBe(0);
  });

  it("refuses day 31 of short months, 29 February outside leap years and years before 0100", () => {
    for (const key of [
      "2025-04-31",
      "2025-06-31",
      "2025-09-31",
      "2025-11-31",
      "1900-02-29",
      "2100-02-29",
      "2025-00-10",
      "2025-01-00",
      "0099-12-31",
    ]) {
      expect(isDayKey(key), key).toBe(false);
    }
    for (const key of ["2000-02-29", "2400-02-29", "2025-12-31", "0100-01-01", "9999-12-31"]) {
      expect(isDayKey(key), key).toBe(true);
    }
  });
});

describe("dayKey's fast path", () => {
  it("matches formatToParts for every hour of two years in zones with DST, half-hour and 45-minute offsets", () => {
    const zones = [
      "Europe/Berlin",
      "America/New_York",
      "Asia/Kolkata",
      "Asia/Kathmandu",
      "Australia/Lord_Howe",
      "Pacific/Chatham",
      "UTC",
    ];
    const start = Date.UTC(2025, 0, 1);
    let mismatches = 0;
    let checked = 0;
    for (const timeZone of zones) {
      const parts = new Intl.DateTimeFormat("en-US", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      });
      for (let hour = 0; hour < 2 * 366 * 24; hour += 1) {
        const at = new Date(start + hour * 3_600_000 + 17 * 60_000);
        const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
        const expected = `${p.year}-${p.month}-${p.day}`;
        checked++;
        if (dayKey(at, timeZone) !== expected || localDayNumber(at, timeZone) !== dayNumber(expected))
          mismatches++;
      }
    }
    expect(checked).toBeGreaterThan(100_000);
    expect(mismatches).toBe(0);
  }, 30_000);

  it("still handles years outside four digits and refuses invalid dates", () => {
    expect(dayKey(new Date(Date.UTC(12_345, 0, 2)), "UTC")).toBe("12345-01-02");
    expect(dayKey(new Date("0500-03-04T12:00:00Z"), "UTC")).toBe("0500-03-04");
    expect(() => localDayNumber(new Date(Number.NaN), "UTC")).toThrow(RangeError);
    expect(() => dayKey(new Date(), "Not/AZone")).toThrow(RangeError);
  });
});
