import Link from "next/link";

import type { ExamCard } from "@/lib/progress/dashboard";

import { ProgressBar } from "@/app/_components/progress-bar";

import { formatDay } from "@/app/_components/format";

/**
 * Next to readiness: how much of it you would still remember on exam day, from each done
 * item's FSRS memory (no further reviews), weighted by the same exam domains.
 */
export function ExpectedRecallPart({ exam, readOnly }: { exam: ExamCard; readOnly: boolean }) {
  const { recall } = exam;
  const heading = <h3 className="text-base font-semibold">Expected recall on exam day</h3>;
  if (recall.kind !== "expected") {
    return (
      <div className="space-y-2">
        {heading}
        <p className="text-sm text-slate-700">
          {recall.kind === "no-exam-date"
            ? "Add your exam date to see how much of what you have done you would still remember on the day."
            : "Your exam date has passed. Set a new date to see your expected recall on the day."}
        </p>
        {readOnly ? null : (
          <Link
            href="/onboarding"
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline hover:text-brand-600"
          >
            {recall.kind === "no-exam-date" ? "Add an exam date" : "Set a new exam date"}
            <span className="sr-only">{` for ${exam.code}`}</span>
          </Link>
        )}
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <div className="flex items-baseline justify-between gap-3">
        {heading}
        <p className="text-2xl font-semibold tabular-nums">{`${recall.percent}%`}</p>
      </div>
      <ProgressBar
        label={`${exam.name} expected recall on exam day`}
        percent={recall.percent}
        valueText={`${recall.percent}% expected recall on ${formatDay(recall.day)}, weighted by the exam's domains`}
        tone="slate"
      />
      <p className="text-sm text-slate-700">
        {`Of the ${exam.readiness.percent}% readiness above, what you would still remember on ${formatDay(recall.day)} if you stopped reviewing today (FSRS). Reviewing due cards keeps it up.`}
      </p>
    </div>
  );
}
