import { describe, expect, it } from "vitest";
import { dayNumber } from "./days";
import {
  compactHeatmap,
  expandHeatmap,
  heatmap,
  heatmapFromDays,
  heatmapLegend,
  heatmapLevel,
} from "./heatmap";
import { ev } from "./test-fixtures";

// Wednesday 11 June 2025; this week runs Mon 9 – Sun 15 June.
const now = new Date("2025-06-11T12:00:00Z");
const FIRST = "2025-02-24"; // Monday, 15 weeks before 9 June

const flat = (weeks: ReturnType<typeof heatmap>) => weeks.flat();
const day = (weeks: ReturnType<typeof heatmap>, date: string) => {
  const found = flat(weeks).find((d) => d.date === date);
  if (!found) throw new Error(`no cell for ${date}`);
  return found;
};

describe("heatmap", () => {
  it("has 16 Monday-start weeks of 7 days ending with this week", () => {
    const weeks = heatmap([], "UTC", now);
    expect(weeks).toHaveLength(16);
    for (const week of weeks) expect(week).toHaveLength(7);
    expect(weeks[0]?.[0]?.date).toBe(FIRST);
    expect(weeks[15]?.[0]?.date).toBe("2025-06-09");
    expect(weeks[15]?.[6]?.date).toBe("2025-06-15");
    expect(flat(weeks).every((d) => d.count === 0 && d.level === 0)).toBe(true);
  });

  it("lists consecutive dates with no gaps or repeats (across the March DST change)", () => {
    const days = flat(heatmap([], "Europe/Berlin", now)).map((d) => dayNumber(d.date));
    for (let i = 1; i < days.length; i += 1) expect(days[i]).toBe((days[i - 1] ?? Number.NaN) + 1);
    expect(days).toHaveLength(112);
  });

  it("flags the rest of the current week as future, not today", () => {
    const cells = heatmap([], "UTC", now)[15] ?? [];
    expect(cells.map((d) => d.future)).toEqual([false, false, false, true, true, true, true]);
  });

  it("includes the first day of the window and ignores anything earlier", () => {
    const weeks = heatmap(
      [ev("a", "2025-02-24T00:00:00Z"), ev("b", "2025-02-23T23:59:59Z"), ev("c", "2024-12-01T12:00:00Z")],
      "UTC",
      now,
    );
    expect(day(weeks, FIRST)).toMatchObject({ count: 1, level: 1 });
    expect(flat(weeks).reduce((sum, d) => sum + d.count, 0)).toBe(1);
  });

  it("counts only `to: done` events, including today, and ignores future-dated events", () => {
    const weeks = heatmap(
      [
        ev("a", "2025-06-11T01:00:00Z"),
        ev("b", "2025-06-11T23:00:00Z"),
        ev("c", "2025-06-11T02:00:00Z", "in_progress"),
        ev("d", "2025-06-10T02:00:00Z", "todo", "done"),
        ev("e", "2025-06-13T09:00:00Z"),
      ],
      "UTC",
      now,
    );
    expect(day(weeks, "2025-06-11")).toMatchObject({ count: 2, level: 2, future: false });
    expect(day(weeks, "2025-06-10").count).toBe(0);
    expect(day(weeks, "2025-06-13")).toMatchObject({ count: 0, level: 0, future: true });
  });

  it("buckets by the user's time zone", () => {
    const events = [ev("a", "2025-06-08T23:30:00Z")];
    expect(day(heatmap(events, "Asia/Tokyo", now), "2025-06-09").count).toBe(1); // Monday, this week
    expect(day(heatmap(events, "UTC", now), "2025-06-08").count).toBe(1); // Sunday, last week
  });

  it("uses today in the user's zone to pick the current week", () => {
    // Sunday 15 June 20:00 UTC is already Monday 16 June in Tokyo.
    const sunday = new Date("2025-06-15T20:00:00Z");
    expect(heatmap([], "UTC", sunday)[15]?.[0]?.date).toBe("2025-06-09");
    const tokyo = heatmap([], "Asia/Tokyo", sunday)[15] ?? [];
    expect(tokyo[0]?.date).toBe("2025-06-16");
    expect(tokyo[0]?.future).toBe(false);
    expect(tokyo[1]?.future).toBe(true);
  });

  it("supports other widths and rejects nonsense", () => {
    const one = heatmap([], "UTC", now, 1);
    expect(one).toHaveLength(1);
    expect(one[0]?.[0]?.date).toBe("2025-06-09");
    expect(() => heatmap([], "UTC", now, 0)).toThrow(RangeError);
    expect(() => heatmap([], "UTC", now, 2.5)).toThrow(RangeError);
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
