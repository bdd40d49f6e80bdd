import type { Streaks } from "@/lib/progress/streak";

import { count } from "@/app/_components/format";

export function StreakWidget({ streaks, timeZone }: { streaks: Streaks; timeZone?: string }) {
  return (
    <section
      aria-labelledby="streak-heading"
      className="h-full space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id="streak-heading" className="text-lg font-semibold">
        Study streak
      </h2>
      <dl className="flex flex-wrap gap-x-10 gap-y-4">
        <div>
          <dt className="text-sm text-slate-600">Current streak</dt>
          <dd className="text-3xl font-semibold tabular-nums">
            {`${streaks.current} `}
            <span className="text-base font-medium">{streaks.current === 1 ? "day" : "days"}</span>
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Longest streak</dt>
          <dd className="text-3xl font-semibold tabular-nums">
            {`${streaks.longest} `}
            <span className="text-base font-medium">{streaks.longest === 1 ? "day" : "days"}</span>
          </dd>
        </div>
      </dl>
      <p className="text-sm text-slate-700">
        {`${
          streaks.current === 0
            ? "Mark an item done or review a card today to start a streak."
            : `${count(streaks.current, "day")} in a row with at least one item done or reviewed.`
        }${timeZone ? ` Days count in your time zone (${timeZone}).` : ""}`}
      </p>
    </section>
  );
}
