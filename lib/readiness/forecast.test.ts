import { describe, expect, it } from "vitest";

import { forecastPass } from "./forecast";

const p = (takenOn: string, percent: number) => ({ takenOn, percent });

describe("forecastPass", () => {
  it("says nothing with no attempts, one or two", () => {
    expect(forecastPass([], "2026-12-10")).toEqual({ kind: "too-few", needed: 3 });
    expect(forecastPass([p("2026-12-01", 60)], "2026-12-10")).toEqual({ kind: "too-few", needed: 2 });
    expect(forecastPass([p("2026-12-01", 60), p("2026-12-03", 64)], "2026-12-10")).toEqual({
      kind: "too-few",
      needed: 1,
    });
  });

  it("gives the day a rising trend reaches 72 %", () => {
    // 60, 62, 64 on days 0, 2, 4: +1 point a day; today (day 4) reads 64, 72 is 8 days later.
    const points = [p("2026-12-01", 60), p("2026-12-03", 62), p("2026-12-05", 64)];
    expect(forecastPass(points, "2026-12-05")).toEqual({ kind: "date", day: "2026-12-13" });
    // Asked two days later, the same line is 2 points closer: still 13 Dec.
    expect(forecastPass(points, "2026-12-07")).toEqual({ kind: "date", day: "2026-12-13" });
  });

  it("rounds up to the first whole day at or above the line", () => {
    // +0.75 a day from 66 at day 0: 72 after 8 days exactly; 71.25 after 7.
    const points = [p("2027-01-01", 66), p("2027-01-03", 67.5), p("2027-01-05", 69)];
    expect(forecastPass(points, "2027-01-05")).toEqual({ kind: "date", day: "2027-01-09" });
  });

  it("says when the trend is already at or above the line", () => {
    const points = [p("2026-12-01", 68), p("2026-12-02", 71), p("2026-12-03", 74)];
    expect(forecastPass(points, "2026-12-03")).toEqual({ kind: "reached" });
  });

  it("gives no date for flat or falling scores", () => {
    expect(
      forecastPass([p("2026-12-01", 60), p("2026-12-02", 60), p("2026-12-03", 60)], "2026-12-03"),
    ).toEqual({
      kind: "not-rising",
    });
    expect(
      forecastPass([p("2026-12-01", 70), p("2026-12-02", 65), p("2026-12-03", 60)], "2026-12-03"),
    ).toEqual({
      kind: "not-rising",
    });
  });

  it("gives no date when every attempt is on one day", () => {
    expect(
      forecastPass([p("2026-12-01", 50), p("2026-12-01", 60), p("2026-12-01", 70)], "2026-12-05"),
    ).toEqual({
      kind: "one-day",
    });
  });

  it("gives no date more than a year out", () => {
    // +0.05 a day from 50: 72 is 440 days away.
    const points = [p("2026-01-01", 50), p("2026-01-21", 51), p("2026-02-10", 52)];
    expect(forecastPass(points, "2026-02-10")).toEqual({ kind: "beyond" });
  });

  it("follows the last ten attempts, not older history", () => {
    // Ten rising attempts after an old falling stretch: the old ones do not count.
    const old = [p("2026-01-01", 90), p("2026-01-02", 85), p("2026-01-03", 80), p("2026-01-04", 75)];
    const recent = Array.from({ length: 10 }, (_, i) =>
      p(`2026-03-${String(i + 1).padStart(2, "0")}`, 50 + i * 2),
    );
    // 50 at 1 Mar, +2 a day: 68 on 10 Mar, 72 on 12 Mar.
    expect(forecastPass([...old, ...recent], "2026-03-10")).toEqual({ kind: "date", day: "2026-03-12" });
  });
});
