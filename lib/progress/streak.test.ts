import { describe, expect, it } from "vitest";
import { streaks } from "./streak";
import { ev } from "./test-fixtures";

const now = new Date("2025-06-10T10:00:00Z"); // Tuesday, in UTC

describe("streaks", () => {
  it("is zero with no events", () => {
    expect(streaks([], "UTC", now)).toEqual({ current: 0, longest: 0 });
  });

  it("counts back from today when today is a study day", () => {
    const events = [
      ev("a", "2025-06-08T09:00:00Z"),
      ev("b", "2025-06-09T09:00:00Z"),
      ev("c", "2025-06-10T08:00:00Z"),
    ];
    expect(streaks(events, "UTC", now)).toEqual({ current: 3, longest: 3 });
  });

  it("keeps the streak alive from yesterday while today isn't over", () => {
    const events = [ev("a", "2025-06-08T09:00:00Z"), ev("b", "2025-06-09T09:00:00Z")];
    expect(streaks(events, "UTC", now)).toEqual({ current: 2, longest: 2 });
  });

  it("breaks the current streak after a missed day but remembers the longest", () => {
    const events = [
      ev("a", "2025-06-01T09:00:00Z"),
      ev("b", "2025-06-02T09:00:00Z"),
      ev("c", "2025-06-03T09:00:00Z"),
      // gap on 4th
      ev("d", "2025-06-05T09:00:00Z"),
      ev("e", "2025-06-06T09:00:00Z"),
      // gap on 7th, 8th, 9th and so far today
    ];
    expect(streaks(events, "UTC", now)).toEqual({ current: 0, longest: 3 });
  });

  it("counts a day once however many items were done, and only `to: done` events", () => {
    const events = [
      ev("a", "2025-06-09T08:00:00Z"),
      ev("b", "2025-06-09T09:00:00Z"),
      ev("c", "2025-06-08T09:00:00Z", "in_progress"),
      ev("d", "2025-06-07T09:00:00Z", "skipped"),
      ev("a", "2025-06-06T09:00:00Z", "todo", "done"),
    ];
    expect(streaks(events, "UTC", now)).toEqual({ current: 1, longest: 1 });
  });

  it("ignores events dated after today (clock skew)", () => {
    const events = [
      ev("a", "2025-06-10T09:00:00Z"),
      ev("b", "2025-06-11T09:00:00Z"),
      ev("c", "2025-06-12T09:00:00Z"),
    ];
    expect(streaks(events, "UTC", now)).toEqual({ current: 1, longest: 1 });
  });

  it("does not depend on event order", () => {
    const events = [
      ev("c", "2025-06-10T08:00:00Z"),
      ev("a", "2025-06-08T09:00:00Z"),
      ev("b", "2025-06-09T09:00:00Z"),
    ];
    expect(streaks(events, "UTC", now).current).toBe(3);
  });

  it("uses the user's time zone: 23:30 UTC is the next day in Asia/Tokyo", () => {
    const events = [ev("a", "2025-06-08T23:30:00Z"), ev("b", "2025-06-09T23:30:00Z")];
    const at = new Date("2025-06-11T01:00:00Z"); // 11 June 10:00 in Tokyo
    // Tokyo: study days 9 and 10 June → alive from yesterday.
    expect(streaks(events, "Asia/Tokyo", at)).toEqual({ current: 2, longest: 2 });
    // UTC: study days 8 and 9 June, yesterday (10th) missed → broken.
    expect(streaks(events, "UTC", at)).toEqual({ current: 0, longest: 2 });
  });

  it("spans the Europe/Berlin spring-forward night (a 23-hour day)", () => {
    // 23:30 local each evening, 28–31 March 2025; the offset changes on the 30th.
    const events = [
      ev("a", "2025-03-28T22:30:00Z"),
      ev("b", "2025-03-29T22:30:00Z"),
      ev("c", "2025-03-30T21:30:00Z"),
      ev("d", "2025-03-31T21:30:00Z"),
    ];
    expect(streaks(events, "Europe/Berlin", new Date("2025-04-01T07:00:00Z"))).toEqual({
      current: 4,
      longest: 4,
    });
  });

  it("sees a gap in Berlin where fixed UTC offsets would not", () => {
    // 22:30 UTC on 29 and 30 March is 23:30 on the 29th and 00:30 on the 31st in Berlin.
    const events = [ev("a", "2025-03-29T22:30:00Z"), ev("b", "2025-03-30T22:30:00Z")];
    expect(streaks(events, "Europe/Berlin", new Date("2025-03-31T10:00:00Z"))).toEqual({
      current: 1,
      longest: 1,
    });
    expect(streaks(events, "UTC", new Date("2025-03-31T10:00:00Z"))).toEqual({ current: 2, longest: 2 });
  });

  it("treats the Europe/Berlin fall-back day (25 hours) as one day", () => {
    // 00:30 CEST and 23:30 CET, both on 26 October.
    const events = [
      ev("a", "2025-10-25T22:30:00Z"),
      ev("b", "2025-10-26T22:30:00Z"),
      ev("c", "2025-10-27T18:00:00Z"),
    ];
    expect(streaks(events, "Europe/Berlin", new Date("2025-10-27T20:00:00Z"))).toEqual({
      current: 2,
      longest: 2,
    });
  });

  it("spans America/New_York's DST changes", () => {
    const spring = [
      ev("a", "2025-03-08T04:30:00Z"), // 7 March 23:30 EST
      ev("b", "2025-03-09T04:30:00Z"), // 8 March 23:30 EST
      ev("c", "2025-03-10T03:30:00Z"), // 9 March 23:30 EDT
    ];
    expect(streaks(spring, "America/New_York", new Date("2025-03-10T14:00:00Z"))).toEqual({
      current: 3,
      longest: 3,
    });
    const fall = [
      ev("a", "2025-11-01T03:30:00Z"), // 31 Oct 23:30 EDT
      ev("b", "2025-11-02T03:30:00Z"), // 1 Nov 23:30 EDT
      ev("c", "2025-11-03T04:30:00Z"), // 2 Nov 23:30 EST
    ];
    expect(streaks(fall, "America/New_York", new Date("2025-11-03T05:00:00Z"))).toEqual({
      current: 3,
      longest: 3,
    });
  });

  it("ignores events with an invalid date", () => {
    expect(
      streaks([{ itemId: "a", from: "todo", to: "done", at: new Date(Number.NaN) }], "UTC", now),
    ).toEqual({
      current: 0,
      longest: 0,
    });
  });
});
