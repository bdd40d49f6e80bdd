import "server-only";

import { certifications, getItem } from "@/lib/curriculum";
import { scheduleCalendar } from "@/lib/calendar/ics";
import { dayKey } from "@/lib/progress/days";
import { planSchedule } from "@/lib/schedule";

import { getScheduleRows } from "./schedule";

/** A user's current schedule as iCalendar text: the same derivation as /schedule, on each request. */
export async function getCalendarText(
  user: { id: string; timeZone: string },
  now: Date,
  origin: string,
): Promise<{ text: string; today: string }> {
  const rows = await getScheduleRows(user.id, user.timeZone);
  const schedule = planSchedule(rows, now, user.timeZone);
  const text = scheduleCalendar(schedule, {
    itemTitle: (id) => getItem(id)?.title ?? "A retired checklist item",
    examName: (cert) => certifications[cert].name,
    now,
    owner: user.id,
    origin,
  });
  return { text, today: dayKey(now, user.timeZone) };
}

/** The app's public address: NEXTAUTH_URL when set, else the request's own origin. */
export function appOrigin(configured: string | undefined, requestUrl: string): string {
  return (configured ?? new URL(requestUrl).origin).replace(/\/$/, "");
}
