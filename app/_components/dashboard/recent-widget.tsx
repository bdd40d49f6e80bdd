import type { ItemStatus } from "@/lib/curriculum/types";
import { RATING_LABELS, type ReviewRating } from "@/lib/review/ratings";

/** One change as the widget prints it; the times are worded on the server (DashboardView). */
export interface RecentEntry {
  itemId: string;
  title: string;
  from: ItemStatus;
  to: ItemStatus;
  /** ISO instant, for the <time> element. */
  at: string;
  /** "2 hours ago", "yesterday", … */
  relative: string;
  /** "Wed 4 Nov 2026, 14:05" on the user's clock. */
  exact: string;
}

/** One review as the widget prints it, apart from the status changes. */
export interface RecentReviewEntry {
  itemId: string;
  title: string;
  rating: ReviewRating;
  at: string;
  relative: string;
  exact: string;
}

function describe(from: ItemStatus, to: ItemStatus): { verb: string; rest: string } {
  switch (to) {
    case "done":
      return { verb: "Marked", rest: " done" };
    case "in_progress":
      return { verb: "Started", rest: "" };
    case "skipped":
      return { verb: "Skipped", rest: "" };
    case "todo":
      return { verb: from === "done" ? "Unticked" : "Moved", rest: " back to to-do" };
  }
}

export function RecentWidget({
  recent,
  reviews = [],
}: {
  recent: RecentEntry[];
  reviews?: RecentReviewEntry[];
}) {
  return (
    <section
      aria-labelledby="recent-heading"
      className="h-full space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id="recent-heading" className="text-lg font-semibold">
        Recent activity
      </h2>
      {reviews.length > 0 ? (
        <h3 id="recent-changes-heading" className="text-base font-semibold">
          Ticks and status changes
        </h3>
      ) : null}
      {recent.length === 0 ? (
        <p className="text-sm text-slate-700">
          Nothing yet. Tick items off on your plan and your latest changes show up here.
        </p>
      ) : (
        <ol
          aria-labelledby={reviews.length > 0 ? "recent-changes-heading" : undefined}
          className="divide-y divide-slate-100"
        >
          {recent.map((event, index) => {
            const { verb, rest } = describe(event.from, event.to);
            return (
              <li key={`${event.at}-${event.itemId}-${index}`} className="py-2 text-sm">
                <p className="break-words">
                  {`${verb} `}
                  <span className="font-medium">{event.title}</span>
                  {rest}
                  <span className="text-slate-600">{` · ${event.relative}`}</span>
                </p>
                <time dateTime={event.at} className="block text-xs text-slate-600">
                  {event.exact}
                </time>
              </li>
            );
          })}
        </ol>
      )}
      {reviews.length > 0 ? (
        <>
          <h3 id="recent-reviews-heading" className="pt-2 text-base font-semibold">
            Reviews
          </h3>
          <ol aria-labelledby="recent-reviews-heading" className="divide-y divide-slate-100">
            {reviews.map((review, index) => (
              <li key={`${review.at}-${review.itemId}-${index}`} className="py-2 text-sm">
                <p className="break-words">
                  Reviewed <span className="font-medium">{review.title}</span>
                  {`: ${RATING_LABELS[review.rating]}`}
                  <span className="text-slate-600">{` · ${review.relative}`}</span>
                </p>
                <time dateTime={review.at} className="block text-xs text-slate-600">
                  {review.exact}
                </time>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
