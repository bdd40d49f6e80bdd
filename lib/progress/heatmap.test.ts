import { describe, expect, it } from "vitest";

import { dayNumber } from "./days";
import { compactHeatmap, expandHeatmap, heatmapFromDays, heatmapLegend, heatmapLevel } from "./heatmap";

// Wednesday 11 June 2025; this week runs Mon 9 – Sun 15 June.
const now = new Date("2025-06-11T12:00:00Z");
const FIRST = "2025-02-24"; // Monday, 15 weeks before 9 June

/** Items done per local day, as the dashboard's statement groups them (day key → count). */
const counts = (entries: Record<string, number> = {}) =>
  new Map(Object.entries(entries).map(([key, count]) => [dayNumber(key), count]));

type Weeks = ReturnType<typeof heatmapFromDays>;
const flat = (weeks: Weeks) => weeks.flat();
const day = (weeks: Weeks, date: string) => {
  const found = flat(weeks).find((d) => d.date === date);
  if (!found) throw new Error(`no cell for ${date}`);
  return found;
};

describe("heatmapFromDays", () => {
  it("has 16 Monday-start weeks of 7 days ending with this week", () => {
    const weeks = heatmapFromDays(counts(), "UTC", now);
    expect(weeks).toHaveLength(16);
    for (const week of weeks) expect(week).toHaveLength(7);
    expect(weeks[0]?.[0]?.date).toBe(FIRST);
    expect(weeks[15]?.[0]?.date).toBe("2025-06-09");
    expect(weeks[15]?.[6]?.date).toBe("2025-06-15");
    expect(flat(weeks).every((d) => d.count === 0 && d.level === 0)).toBe(true);
  });

  it("lists consecutive dates with no gaps or repeats (across the March DST change)", () => {
    const days = flat(heatmapFromDays(counts(), "Europe/Berlin", now)).map((d) => dayNumber(d.date));
    for (let i = 1; i < days.length; i += 1) expect(days[i]).toBe((days[i - 1] ?? Number.NaN) + 1);
    expect(days).toHaveLength(112);
  });

  it("flags the rest of the current week as future, not today", () => {
    const cells = heatmapFromDays(counts(), "UTC", now)[15] ?? [];
    expect(cells.map((d) => d.future)).toEqual([false, false, false, true, true, true, true]);
  });

  it("includes the first day of the window and ignores anything earlier", () => {
    const weeks = heatmapFromDays(counts({ "2025-02-24": 1, "2025-02-23": 4, "2024-12-01": 2 }), "UTC", now);
    expect(day(weeks, FIRST)).toMatchObject({ count: 1, level: 1 });
    expect(flat(weeks).reduce((sum, d) => sum + d.count, 0)).toBe(1);
  });

  it("shows today's count and ignores days after today (clock skew)", () => {
    const weeks = heatmapFromDays(counts({ "2025-06-11": 2, "2025-06-13": 3 }), "UTC", now);
    expect(day(weeks, "2025-06-11")).toMatchObject({ count: 2, level: 2, future: false });
    expect(day(weeks, "2025-06-10").count).toBe(0);
    expect(day(weeks, "2025-06-13")).toMatchObject({ count: 0, level: 0, future: true });
  });

  it("uses today in the user's zone to pick the current week", () => {
    // Sunday 15 June 20:00 UTC is already Monday 16 June in Tokyo.
    const sunday = new Date("2025-06-15T20:00:00Z");
    expect(heatmapFromDays(counts(), "UTC", sunday)[15]?.[0]?.date).toBe("2025-06-09");
    const tokyo = heatmapFromDays(counts({ "2025-06-16": 1 }), "Asia/Tokyo", sunday)[15] ?? [];
    expect(tokyo[0]).toMatchObject({ date: "2025-06-16", count: 1, future: false });
    expect(tokyo[1]?.future).toBe(true);
    // The same day is still in the future in UTC, so it is not counted there.
    const utc = heatmapFromDays(counts({ "2025-06-16": 1 }), "UTC", sunday);
    expect(flat(utc).reduce((sum, d) => sum + d.count, 0)).toBe(0);
  });

  it("supports other widths and rejects nonsense", () => {
    const one = heatmapFromDays(counts(), "UTC", now, 1);
    expect(one).toHaveLength(1);
    expect(one[0]?.[0]?.date).toBe("2025-06-09");
    expect(() => heatmapFromDays(counts(), "UTC", now, 0)).toThrow(RangeError);
    expect(() => heatmapFromDays(counts(), "UTC", now, 2.5)).toThrow(RangeError);
    expect(() => heatmapFromDays(counts(), "Mars/Olympus_Mons", now)).toThrow(RangeError);
  });
});

describe("heatmapLevel and legend", () => {
  it("uses fixed thresholds 0, 1, 2–3, 4–5, 6+", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 40].map(heatmapLevel)).toEqual([0, 1, 2, 2, 3, 3, 4, 4, 4]);
  });

  it("has one legend entry per level that agrees with heatmapLevel", () => {
    expect(heatmapLegend.map((e) => e.level)).toEqual([0, 1, 2, 3, 4]);
    for (const entry of heatmapLegend) {
      expect(heatmapLevel(entry.min)).toBe(entry.level);
      if (entry.max !== null) expect(heatmapLevel(entry.max)).toBe(entry.level);
      expect(entry.label.length).toBeGreaterThan(0);
    }
  });
});

describe("compactHeatmap / expandHeatmap", () => {
  it("round-trips the grid through the compact form, in any zone and on any weekday", () => {
    for (const [now, timeZone] of [
      ["2026-11-26T10:00:00Z", "Europe/Berlin"],
      ["2026-11-29T23:30:00Z", "Asia/Tokyo"], // already Monday in Tokyo
      ["2026-03-29T01:30:00Z", "Europe/London"], // the day the clocks go forward
      ["2024-02-29T12:00:00Z", "UTC"],
    ] as const) {
      const at = new Date(now);
      const today = dayNumber(new Intl.DateTimeFormat("en-CA", { timeZone }).format(at));
      const counts = new Map<number, number>([
        [today, 5],
        [today - 1, 1],
        [today - 40, 7],
        [today - 111, 2],
      ]);
      const weeks = heatmapFromDays(counts, timeZone, at, 16);
      const compact = compactHeatmap(weeks);
      const todayKey = weeks
        .flat()
        .filter((d) => !d.future)
        .at(-1)!.date;
      expect(expandHeatmap(compact, todayKey), `${now} ${timeZone}`).toEqual(weeks);
      expect(compact.counts.length).toBeLessThanOrEqual(16 * 7);
    }
  });

  it("sends no trailing empty days and nothing after today", () => {
    const at = new Date("2026-11-26T10:00:00Z"); // a Thursday
    const weeks = heatmapFromDays(new Map([[dayNumber("2026-11-20"), 3]]), "UTC", at, 2);
    const compact = compactHeatmap(weeks);
    expect(compact).toEqual({ first: "2026-11-16", weeks: 2, counts: [0, 0, 0, 0, 3] });
    const expanded = expandHeatmap(compact, "2026-11-26").flat();
    expect(expanded.filter((d) => d.future).map((d) => d.date)).toEqual([
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
    ]);
    expect(expanded.find((d) => d.date === "2026-11-20")).toMatchObject({ count: 3, level: 2 });
  });
});
