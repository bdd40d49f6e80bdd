import { describe, expect, it } from "vitest";

import {
  count,
  dayOfMonth,
  decimal,
  doneText,
  formatDateTime,
  formatDay,
  formatDayWithWeekday,
  monthOf,
  progressValueText,
  relativeTime,
} from "@/app/_components/format";

describe("the app's wording of days and times", () => {
  it("writes day keys with our own month and weekday names", () => {
    expect(formatDay("2027-03-12")).toBe("12 Mar 2027");
    expect(formatDayWithWeekday("2026-11-04")).toBe("Wed 4 Nov 2026");
    expect(formatDayWithWeekday("2024-02-29")).toBe("Thu 29 Feb 2024");
    expect(formatDayWithWeekday("2026-09-06")).toBe("Sun 6 Sep 2026");
    expect(monthOf("2026-12-31")).toBe("Dec");
    expect(dayOfMonth("2026-01-07")).toBe(7);
  });

  it("refuses a key that is not a date", () => {
    expect(() => formatDay("2026-02-30")).toThrow(RangeError);
  });

  it("reads instants on the user's clock, one formatter per zone reused", () => {
    const at = new Date("2026-11-04T13:05:00Z");
    expect(formatDateTime(at, "Europe/Berlin")).toBe("Wed 4 Nov 2026, 14:05");
    expect(formatDateTime(at, "Asia/Tokyo")).toBe("Wed 4 Nov 2026, 22:05");
    expect(formatDateTime(at, "America/Los_Angeles")).toBe("Wed 4 Nov 2026, 05:05");
    // The same zone again, from the cache, still gives the right clock.
    expect(formatDateTime(new Date("2026-11-04T23:30:00Z"), "Europe/Berlin")).toBe("Thu 5 Nov 2026, 00:30");
  });

  it("says how long ago in calendar days of the user's zone", () => {
    const now = new Date("2026-11-26T10:00:00Z");
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const minute = 60_000;
    const hour = 60 * minute;
    const day = 24 * hour;
    expect(relativeTime(ago(20_000), now, "UTC")).toBe("just now");
    expect(relativeTime(ago(5 * minute), now, "UTC")).toBe("5 minutes ago");
    expect(relativeTime(ago(3 * hour), now, "UTC")).toBe("3 hours ago");
    expect(relativeTime(ago(day), now, "UTC")).toBe("yesterday");
    expect(relativeTime(ago(3 * day), now, "UTC")).toBe("3 days ago");
    expect(relativeTime(ago(14 * day), now, "UTC")).toBe("2 weeks ago");
    expect(relativeTime(ago(400 * day), now, "UTC")).toBe("last year");
    // 11 hours before 10:00 UTC is 23:00 the day before in UTC, but 08:00 the same day in Tokyo.
    expect(relativeTime(ago(11 * hour), now, "UTC")).toBe("yesterday");
    expect(relativeTime(ago(11 * hour), now, "Asia/Tokyo")).toBe("11 hours ago");
  });

  it("counts and rounds for reading", () => {
    expect(count(1, "item")).toBe("1 item");
    expect(count(3, "item")).toBe("3 items");
    expect(count(2, "activity", "activities")).toBe("2 activities");
    expect(decimal(4)).toBe("4");
    expect(decimal(2.25)).toBe("2.3");
  });
});

describe("the wording of a completion figure", () => {
  const progress = { total: 12, done: 4, skipped: 2, inProgress: 1, counted: 10, percent: 40 };

  it("says how many items are done out of those that count, and how many were skipped", () => {
    expect(doneText(progress)).toBe("4 of 10 items done (2 skipped)");
    expect(doneText({ ...progress, skipped: 0, total: 10 })).toBe("4 of 10 items done");
    expect(doneText({ total: 1, done: 1, skipped: 0, inProgress: 0, counted: 1, percent: 100 })).toBe(
      "1 of 1 item done",
    );
    expect(progressValueText(progress)).toBe("40%: 4 of 10 items done (2 skipped)");
  });

  it("has words for nothing to count", () => {
    expect(doneText({ total: 0, done: 0, skipped: 0, inProgress: 0, counted: 0, percent: 0 })).toBe(
      "No items",
    );
    expect(doneText({ total: 3, done: 0, skipped: 3, inProgress: 0, counted: 0, percent: 0 })).toBe(
      "Every item skipped: nothing left to count",
    );
  });
});
