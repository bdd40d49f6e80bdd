import { certifications } from "@/lib/curriculum";
import { CERT_IDS } from "@/lib/curriculum/types";
import type { Dashboard } from "@/lib/progress/dashboard";
import { dayKey } from "@/lib/progress/days";
import { compactHeatmap } from "@/lib/progress/heatmap";
import { untilDay } from "@/lib/review/wording";

import { DashboardWidgets, type CertNames, type RecentEntry } from "./dashboard-widgets";
import { formatDateTime, formatDayWithWeekday, relativeTime } from "./format";
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
  const recent: RecentEntry[] = d.recent.map((event) => ({
    itemId: event.itemId,
    title: event.title,
    from: event.from,
    to: event.to,
    at: event.at.toISOString(),
    relative: relativeTime(event.at, now, timeZone),
    exact: formatDateTime(event.at, timeZone),
  }));
  const reviews: RecentReviewEntry[] = d.reviews.recent.map((review) => ({
    itemId: review.itemId,
    title: review.title,
    rating: review.rating,
    at: review.at.toISOString(),
    relative: relativeTime(review.at, now, timeZone),
    exact: formatDateTime(review.at, timeZone),
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
      timeZone={timeZone}
      readOnly={readOnly}
    />
  );
}
