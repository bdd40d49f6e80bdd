import Link from "next/link";

import type { ThisWeek as ThisWeekData } from "@/lib/progress/dashboard";

import { ShortfallNotice } from "../schedule/shortfall-notice";
import { hoursOf, weekRange } from "../schedule/words";
import { itemHref } from "./exam-card";
import { count } from "@/app/_components/format";

const linkClass = "font-medium text-brand-700 underline hover:text-brand-600";

const STATUS = { done: "Done", in_progress: "In progress", todo: null, skipped: null } as const;

/**
 * How many of the week's open items the dashboard lists: a glance at what comes next. The
 * schedule page lists the whole week; a crammed week (a shortfall) can hold fifty items.
 */
export const THIS_WEEK_SHOWN = 5;

/** The dashboard's "This week": what the schedule plans for this week, and any shortfall. */
export function ThisWeek({ week }: { week: ThisWeekData }) {
  const openItems = week.items.filter((item) => item.status !== "done");
  const open = openItems.length;
  const shown = openItems.slice(0, THIS_WEEK_SHOWN);
  const more = open - shown.length;
  return (
    <section
      aria-labelledby="this-week-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
        <h2 id="this-week-heading" className="text-xl font-semibold">
          This week
        </h2>
        <p className="text-sm text-slate-600">{weekRange(week.start, week.end)}</p>
      </div>

      {!week.planned ? (
        <div className="space-y-2 text-sm text-slate-700">
          <p>
            {week.missing.length
              ? `Set ${week.missing
                  .map((m) => `${m.state === "needs-date" ? "an exam date" : "weekly hours"} for ${m.code}`)
                  .join(" and ")} and this shows what to study each week.`
              : "Your exam dates have passed. Set a new date and this shows what to study each week."}
          </p>
          <Link href="/onboarding" className={`inline-flex min-h-11 items-center ${linkClass}`}>
            Set dates and hours
          </Link>
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            <span className="font-medium text-slate-900">{`${week.done} of ${count(week.items.length, "item")} done`}</span>
            {` · ${hoursOf(week.minutesLeft)} left of ${hoursOf(week.capacityMinutes)} this week${week.reservedMinutes > 0 ? ` (${hoursOf(week.reservedMinutes)} kept for review)` : ""}`}
          </p>
          {week.items.length === 0 ? (
            <p className="text-sm text-slate-700">
              {`Nothing planned this week${open === 0 && week.capacityMinutes === 0 ? ": a week off" : ""}.`}
            </p>
          ) : open === 0 ? (
            <p className="text-sm text-slate-700">Everything planned this week is done.</p>
          ) : (
            <ul aria-labelledby="this-week-heading" className="space-y-2">
              {shown.map((item) => (
                <li key={item.id}>
                  <Link
                    href={itemHref(item.cert, item.id)}
                    className="flex min-h-11 flex-wrap items-start gap-x-3 gap-y-1 rounded-md border border-slate-200 px-3 py-2 hover:border-brand-600 hover:bg-brand-50"
                  >
                    <span className="min-w-0 flex-1 break-words font-medium text-brand-700 underline">
                      {item.title}
                    </span>
                    <span className="shrink-0 text-sm text-slate-600 tabular-nums">{`${item.minutes} min`}</span>
                    {STATUS[item.status] ? (
                      <span className="shrink-0 rounded-full border border-slate-300 bg-slate-50 px-2 py-0.5 text-xs font-medium text-slate-800">
                        {STATUS[item.status]}
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {more > 0 ? (
            <p className="text-sm text-slate-700">
              {`${count(more, "more item")} to do this week: the schedule lists them all.`}
            </p>
          ) : null}
          {week.missing.map((m) => (
            <p key={m.cert} className="text-sm text-slate-700">
              {`${m.code} is not planned yet: set ${m.state === "needs-date" ? "its exam date" : "its weekly hours"} on `}
              <Link href="/onboarding" className={linkClass}>
                your plan
              </Link>
              .
            </p>
          ))}
        </>
      )}
      {week.shortfalls.map((s) => (
        <ShortfallNotice key={s.cert} cert={s.cert} code={s.code} shortfall={s.shortfall} />
      ))}
      <Link href="/schedule" className={`inline-flex min-h-11 items-center ${linkClass}`}>
        Open the schedule
      </Link>
    </section>
  );
}
