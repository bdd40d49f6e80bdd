import { describe, expect, it } from "vitest";
import { recentActivity } from "./recent";
import { ev } from "./test-fixtures";

describe("recentActivity", () => {
  it("returns the newest first, at most n (default 10)", () => {
    const events = Array.from({ length: 15 }, (_, k) =>
      ev(`i${k}`, new Date(Date.UTC(2025, 5, 1 + k)).toISOString()),
    );
    const recent = recentActivity(events);
    expect(recent).toHaveLength(10);
    expect(recent.map((e) => e.itemId)).toEqual([
      "i14",
      "i13",
      "i12",
      "i11",
      "i10",
      "i9",
      "i8",
      "i7",
      "i6",
      "i5",
    ]);
    expect(recentActivity(events, 2).map((e) => e.itemId)).toEqual(["i14", "i13"]);
  });

  it("sorts an unordered log and does not mutate the input", () => {
    const events = [
      ev("b", "2025-06-02T00:00:00Z"),
      ev("c", "2025-06-03T00:00:00Z"),
      ev("a", "2025-06-01T00:00:00Z"),
    ];
    const before = [...events];
    expect(recentActivity(events).map((e) => e.itemId)).toEqual(["c", "b", "a"]);
    expect(events).toEqual(before);
    expect(events.map((e) => e.itemId)).toEqual(["b", "c", "a"]);
  });

  it("puts the later log entry first when timestamps tie", () => {
    const events = [
      ev("x", "2025-06-01T00:00:00Z", "in_progress"),
      ev("x", "2025-06-01T00:00:00Z", "done", "in_progress"),
    ];
    expect(recentActivity(events).map((e) => e.to)).toEqual(["done", "in_progress"]);
  });

  it("handles empty input, n ≤ 0 and invalid dates", () => {
    expect(recentActivity([])).toEqual([]);
    expect(recentActivity([ev("a", "2025-06-01T00:00:00Z")], 0)).toEqual([]);
    const bad = { itemId: "bad", from: "todo" as const, to: "done" as const, at: new Date(Number.NaN) };
    expect(recentActivity([bad, ev("a", "2025-06-01T00:00:00Z")]).map((e) => e.itemId)).toEqual(["a", "bad"]);
  });
});
