import { describe, expect, it } from "vitest";
import { doneInPaceWindow, pace, type PaceInput } from "./pace";
import type { ActivityEvent } from "./status";
import { ev } from "./test-fixtures";

const now = new Date("2025-06-11T12:00:00Z");
const TODAY = "2025-06-11";
const IN_4_WEEKS = "2025-07-09";

/** `key` moved by `days` calendar days, with Date's own UTC arithmetic (independent of lib/progress/days). */
function addDays(key: string, days: number): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `count` distinct items done on days inside the 28-day window. */
function doneEvents(count: number): ActivityEvent[] {
  return Array.from({ length: count }, (_, k) => ev(`item-${k}`, `${addDays(TODAY, -(k % 28))}T09:00:00Z`));
}

function run(overrides: Partial<PaceInput>) {
  return pace({ itemsLeft: 8, targetDate: IN_4_WEEKS, events: [], timeZone: "UTC", now, ...overrides });
}

describe("pace", () => {
  it("is null without a target date", () => {
    expect(run({ targetDate: null })).toBeNull();
  });

  it("with no history: average 0, no projection, behind", () => {
    expect(run({ itemsLeft: 10 })).toEqual({
      itemsLeft: 10,
      daysLeft: 28,
      weeksLeft: 4,
      neededPerWeek: 2.5,
      averagePerWeek: 0,
      doneInWindow: 0,
      projectedFinish: null,
      overdue: false,
      verdict: "behind",
      behindBy: 10,
    });
  });

  it("with nothing left: done, whatever the history", () => {
    const p = run({ itemsLeft: 0 });
    expect(p).toMatchObject({ verdict: "done", behindBy: 0, neededPerWeek: 0, projectedFinish: TODAY });
  });

  it("at exactly the needed pace: on-track, finishing on the target date", () => {
    // 8 items in the last 28 days = 2/week; 8 left over 4 weeks needs 2/week.
    const p = run({ itemsLeft: 8, events: doneEvents(8) });
    expect(p).toMatchObject({
      averagePerWeek: 2,
      neededPerWeek: 2,
      verdict: "on-track",
      behindBy: 0,
      projectedFinish: IN_4_WEEKS,
    });
  });

  it("behind: half the needed pace leaves half the items undone", () => {
    const p = run({ itemsLeft: 8, events: doneEvents(4) });
    expect(p).toMatchObject({
      averagePerWeek: 1,
      neededPerWeek: 2,
      verdict: "behind",
      behindBy: 4,
      projectedFinish: addDays(TODAY, 56),
    });
  });

  it("ahead: faster than needed", () => {
    const p = run({ itemsLeft: 8, events: doneEvents(12) });
    expect(p).toMatchObject({ averagePerWeek: 3, verdict: "ahead", behindBy: 0 });
    expect(p?.projectedFinish).toBe(addDays(TODAY, Math.ceil((8 * 28) / 12))); // 19 days
  });

  it("treats ±10% of the needed pace as on-track, inclusive", () => {
    // needed = 10 items / 4 weeks = 2.5/week; 90% = 2.25 (9 items), 110% = 2.75 (11 items).
    const verdict = (done: number) => run({ itemsLeft: 10, events: doneEvents(done) })?.verdict;
    expect(verdict(8)).toBe("behind");
    expect(verdict(9)).toBe("on-track");
    expect(verdict(10)).toBe("on-track");
    expect(verdict(11)).toBe("on-track");
    expect(verdict(12)).toBe("ahead");
  });

  it("rounds rates and weeks to one decimal", () => {
    const p = run({ itemsLeft: 10, targetDate: addDays(TODAY, 30), events: doneEvents(7) });
    expect(p).toMatchObject({ daysLeft: 30, weeksLeft: 4.3, neededPerWeek: 2.3, averagePerWeek: 1.8 });
    // 7/28 per day × 30 days = 7.5 → 7 reachable, 3 short
    expect(p?.behindBy).toBe(3);
  });

  it("flags a past target date as overdue", () => {
    const p = run({ itemsLeft: 5, targetDate: addDays(TODAY, -3), events: doneEvents(20) });
    expect(p).toMatchObject({
      overdue: true,
      daysLeft: 0,
      weeksLeft: 0,
      neededPerWeek: null,
      verdict: "behind",
      behindBy: 5,
    });
    expect(p?.averagePerWeek).toBe(5);
    expect(p?.projectedFinish).toBe(addDays(TODAY, Math.ceil((5 * 28) / 20)));
  });

  it("treats a target of today as overdue, and nothing-left as done even then", () => {
    expect(run({ itemsLeft: 3, targetDate: TODAY })).toMatchObject({
      overdue: true,
      neededPerWeek: null,
      verdict: "behind",
    });
    expect(run({ itemsLeft: 0, targetDate: TODAY })).toMatchObject({
      overdue: true,
      verdict: "done",
      behindBy: 0,
    });
  });

  it("uses a 28-day window including today", () => {
    const inside = ev("a", `${addDays(TODAY, -27)}T00:00:00Z`);
    const outside = ev("b", `${addDays(TODAY, -28)}T23:59:59Z`);
    expect(run({ events: [inside, outside] })?.doneInWindow).toBe(1);
  });

  it("counts each item once, and not at all if it was un-done later in the window", () => {
    const events = [
      ev("toggled", "2025-06-01T09:00:00Z"),
      ev("toggled", "2025-06-02T09:00:00Z", "todo", "done"),
      ev("toggled", "2025-06-03T09:00:00Z"),
      ev("undone", "2025-06-04T09:00:00Z"),
      ev("undone", "2025-06-05T09:00:00Z", "in_progress", "done"),
      ev("skipped", "2025-06-05T09:00:00Z", "skipped"),
    ];
    expect(run({ events })?.doneInWindow).toBe(1);
  });

  it("breaks equal timestamps by log order", () => {
    const events = [ev("x", "2025-06-05T09:00:00Z"), ev("x", "2025-06-05T09:00:00Z", "todo", "done")];
    expect(run({ events })?.doneInWindow).toBe(0);
    expect(run({ events: [...events].reverse() })?.doneInWindow).toBe(1);
  });

  it("counts days in the user's time zone", () => {
    const late = new Date("2025-06-11T23:30:00Z"); // already 12 June in Tokyo
    expect(run({ now: late, timeZone: "UTC", targetDate: "2025-06-13" })?.daysLeft).toBe(2);
    expect(run({ now: late, timeZone: "Asia/Tokyo", targetDate: "2025-06-13" })?.daysLeft).toBe(1);
    expect(run({ now: late, timeZone: "Asia/Tokyo", targetDate: "2025-06-12" })?.overdue).toBe(true);
  });

  it("counts calendar days across DST, not 24-hour blocks", () => {
    const p = run({
      now: new Date("2025-03-29T12:00:00Z"),
      timeZone: "Europe/Berlin",
      targetDate: "2025-04-05",
    });
    expect(p?.daysLeft).toBe(7);
    expect(p?.weeksLeft).toBe(1);
  });

  it("rejects a malformed target date", () => {
    expect(() => run({ targetDate: "2025-02-30" })).toThrow(RangeError);
    expect(() => run({ targetDate: "next week" })).toThrow(RangeError);
  });
});

describe("doneInPaceWindow", () => {
  const events = [
    ev("a", "2025-06-10T09:00:00Z"), // done yesterday
    ev("b", "2025-06-01T09:00:00Z"), // done, then undone: not counted
    ev("b", "2025-06-02T09:00:00Z", "todo", "done"),
    ev("c", "2025-05-01T09:00:00Z"), // before the window
    ev("d", "2025-06-11T08:00:00Z", "in_progress"),
  ];

  it("counts items whose latest change in the window made them done", () => {
    expect(doneInPaceWindow(events, "UTC", now)).toBe(1);
  });

  it("gives pace() the same answer whether passed in or computed from the events", () => {
    const input: PaceInput = { itemsLeft: 20, targetDate: IN_4_WEEKS, events, timeZone: "UTC", now };
    const computed = pace(input);
    expect(pace({ ...input, doneInWindow: doneInPaceWindow(events, "UTC", now) })).toEqual(computed);
    expect(pace({ ...input, events: [], doneInWindow: 1 })).toEqual(computed);
    expect(pace({ ...input, doneInWindow: 0 })).not.toEqual(computed);
  });
});
