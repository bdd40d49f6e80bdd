import { certifications } from "@/lib/curriculum";
import { CERT_IDS } from "@/lib/curriculum/types";
import type { Dashboard } from "@/lib/progress/dashboard";
import { dayKey, dayNumber } from "@/lib/progress/days";
import { compactHeatmap } from "@/lib/progress/heatmap";
import { untilDay } from "@/lib/review/wording";

import { DashboardWidgets, type CertNames, type RecentEntry } from "./dashboard-widgets";
import { formatDateTime, formatDayWithWeekday, relativeTime } from "@/app/_components/format";

/** The public page says on which day, never at what time: "today", "yesterday", "3 days ago". */
function relativeDay(at: Date, now: Date, timeZone: string): string {
  const days = dayNumber(dayKey(now, timeZone)) - dayNumber(dayKey(at, timeZone));
  const words = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  if (days < 7) return words.format(-days, "day");
  if (days < 30) return words.format(-Math.floor(days / 7), "week");
  if (days < 365) return words.format(-Math.floor(days / 30), "month");
  return words.format(-Math.floor(days / 365), "year");
}
import type { RecentReviewEntry } from "./recent-widget";

/**
 * The dashboard's widgets, shared by /dashboard and the public progress page.
 *
 * This server part turns the figures into what the widgets print that depends on the
 * clock or the time zone (so the browser never recomputes them and hydration can't
 * disagree), then hands one compact object to the client widgets. Rendering ~800
 * elements as client components costs the server far less than as server components,
 * whose every element also travels in the RSC payload (ADR 009).
 */
export function DashboardView({
  d,
  timeZone,
  now,
  readOnly = false,
}: {
  d: Dashboard;
  timeZone: string;
  now: Date;
  readOnly?: boolean;
}) {
  const names = Object.fromEntries(
    CERT_IDS.map((cert) => [
      cert,
      { name: certifications[cert].name, shortName: certifications[cert].shortName },
    ]),
  ) as CertNames;
  // Read-only (the public progress page): days only, no clock times and no time zone.
  const recent: RecentEntry[] = d.recent.map((event) => ({
    itemId: event.itemId,
    title: event.title,
    from: event.from,
    to: event.to,
    at: readOnly ? dayKey(event.at, timeZone) : event.at.toISOString(),
    relative: readOnly ? relativeDay(event.at, now, timeZone) : relativeTime(event.at, now, timeZone),
    exact: readOnly ? formatDayWithWeekday(dayKey(event.at, timeZone)) : formatDateTime(event.at, timeZone),
  }));
  const reviews: RecentReviewEntry[] = d.reviews.recent.map((review) => ({
    itemId: review.itemId,
    title: review.title,
    rating: review.rating,
    at: readOnly ? dayKey(review.at, timeZone) : review.at.toISOString(),
    relative: readOnly ? relativeDay(review.at, now, timeZone) : relativeTime(review.at, now, timeZone),
    exact: readOnly ? formatDayWithWeekday(dayKey(review.at, timeZone)) : formatDateTime(review.at, timeZone),
  }));
  const today = dayKey(now, timeZone);
  return (
    <DashboardWidgets
      exams={d.exams}
      enrolledBoth={d.enrolledBoth}
      streaks={d.streaks}
      heatmap={compactHeatmap(d.heatmap)}
      skills={d.skills}
      recent={recent}
      reviews={reviews}
      reviewsDue={d.reviews.due}
      nextReviewText={
        d.reviews.next ? `${formatDayWithWeekday(d.reviews.next)} (${untilDay(today, d.reviews.next)})` : null
      }
      names={names}
      today={today}
      timeZone={readOnly ? undefined : timeZone}
      readOnly={readOnly}
    />
  );
}
