import type { ReactNode } from "react";

import { count, progressValueText } from "@/app/_components/format";
import { ProgressBar } from "@/app/_components/progress-bar";
import type { Progress } from "@/lib/progress/percent";
import type { Readiness } from "@/lib/progress/readiness";

/** "Your progress": done and readiness for the exam, and readiness per domain. */
export function PlanSummary({
  examCode,
  examShortName,
  overall,
  ready,
  howWeCount,
}: {
  examCode: string;
  examShortName: string;
  overall: Progress;
  ready: Readiness;
  /** The "How we count" note, rendered on the server. */
  howWeCount: ReactNode;
}) {
  return (
    <section
      aria-labelledby="progress-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id="progress-heading" className="text-lg font-semibold">
        Your progress
      </h2>
      <div className="grid gap-6 md:grid-cols-2">
        <div className="space-y-2">
          <p className="flex items-baseline justify-between gap-2">
            <span className="font-medium">Done</span>
            <span className="text-2xl font-semibold tabular-nums">{`${overall.percent}%`}</span>
          </p>
          <ProgressBar
            label={`${examCode} overall progress`}
            percent={overall.percent}
            valueText={progressValueText(overall)}
          />
          <p className="text-sm text-slate-600">
            {`${overall.done} of ${overall.counted} items done${overall.skipped > 0 ? ` · ${overall.skipped} skipped` : ""}${overall.inProgress > 0 ? ` · ${overall.inProgress} in progress` : ""}`}
          </p>
        </div>
        <div className="space-y-2">
          <p className="flex items-baseline justify-between gap-2">
            <span className="font-medium">Exam readiness</span>
            <span className="text-2xl font-semibold tabular-nums">{`${ready.percent}%`}</span>
          </p>
          <ProgressBar
            label={`${examCode} exam readiness`}
            percent={ready.percent}
            valueText={`${ready.percent}% ready for ${examShortName}`}
          />
          {ready.weakest && ready.percent < 100 ? (
            <p className="text-sm text-slate-600">
              {`Weakest domain: ${ready.weakest.title} (${ready.weakest.percent}% of its items done)`}
            </p>
          ) : null}
        </div>
      </div>
      {howWeCount}
      <details className="text-sm">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-700">
          Readiness by domain
        </summary>
        <ul className="mt-2 space-y-3">
          {ready.domains.map((domain) => (
            <li key={domain.id} className="space-y-1">
              <p className="flex justify-between gap-3">
                <span>
                  {`${domain.title} `}
                  <span className="text-slate-500">{`(${domain.weight}% of the exam)`}</span>
                </span>
                <span className="tabular-nums">{`${domain.done}/${domain.total}`}</span>
              </p>
              <ProgressBar
                size="sm"
                label={`${domain.title} readiness`}
                percent={domain.percent}
                valueText={`${domain.percent}%: ${domain.done} of ${count(domain.total, "item")} done`}
              />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
