import { describe, expect, it } from "vitest";

import { untilDay } from "./wording";

describe("untilDay", () => {
  it.each([
    ["2026-12-01", "today"],
    ["2026-11-30", "today"],
    ["2026-12-02", "tomorrow"],
    ["2026-12-06", "in 5 days"],
    ["2026-12-14", "in 13 days"],
    ["2026-12-15", "in 2 weeks"],
    ["2027-01-29", "in 8 weeks"],
    ["2027-01-30", "in 2 months"],
    ["2027-06-01", "in 6 months"],
    ["2027-12-01", "in 1 year"],
    ["2031-12-01", "in 5 years"],
  ])("from 1 Dec 2026 to %s: %s", (day, words) => {
    expect(untilDay("2026-12-01", day)).toBe(words);
  });
});
