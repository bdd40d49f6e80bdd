import { items } from "@/lib/curriculum";
import type { ItemStatus } from "@/lib/curriculum/types";
import type { DashboardInput } from "@/lib/progress/dashboard";
import { dayKey } from "@/lib/progress/days";
import type { ActivityEvent } from "@/lib/progress/status";

const DAY = 86_400_000;

/**
 * A fixed history shaped like the benchmark's dashboard user (scripts/bench/db.mjs):
 * both exams, 60 items done over 90 days, 10 in progress, 5 skipped.
 */
export function fixtureInput(now: Date, timeZone = "Europe/Berlin"): Omit<DashboardInput, "now"> {
  const statuses = new Map<string, ItemStatus>();
  const events: ActivityEvent[] = [];
  items.forEach((item, i) => {
    if (i < 60) {
      statuses.set(item.id, "done");
      const at = new Date(now.getTime() - (90 - Math.floor((i * 88) / 60)) * DAY);
      events.push({ itemId: item.id, from: "in_progress", to: "done", at });
    } else if (i < 70) {
      statuses.set(item.id, "in_progress");
      events.push({
        itemId: item.id,
        from: "todo",
        to: "in_progress",
        at: new Date(now.getTime() - (i - 60) * DAY),
      });
    } else if (i < 75) {
      statuses.set(item.id, "skipped");
    }
  });
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  const doneDays = new Map<string, number>();
  for (const e of events) {
    if (e.to !== "done") continue;
    const key = dayKey(e.at, timeZone);
    doneDays.set(key, (doneDays.get(key) ?? 0) + 1);
  }
  return {
    timeZone,
    enrollments: [
      {
        cert: "architect",
        position: 0,
        targetDate: dayKey(new Date(now.getTime() + 60 * DAY), "UTC"),
        enrolledOn: dayKey(new Date(now.getTime() - 100 * DAY), "UTC"),
        weeklyHours: 8,
      },
      {
        cert: "developer",
        position: 1,
        targetDate: dayKey(new Date(now.getTime() + 60 * DAY), "UTC"),
        enrolledOn: dayKey(new Date(now.getTime() - 100 * DAY), "UTC"),
        weeklyHours: 8,
      },
    ],
    dismissedNotices: new Set(),
    statuses,
    doneDays,
    recent: events.slice(-10).reverse(),
  };
}
