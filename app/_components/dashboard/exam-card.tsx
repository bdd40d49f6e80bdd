import Link from "next/link";
import type { ReactNode } from "react";

import type { CertId } from "@/lib/curriculum/types";
import type { ExamCard as ExamCardData } from "@/lib/progress/dashboard";
import type { Pace } from "@/lib/progress/pace";

import { ReadinessExplanation } from "@/app/_components/practice/readiness-explanation";
import { VersionNoticeBanner } from "@/app/_components/version-notice";
import { count, decimal, doneText, formatDay } from "@/app/_components/format";
import { formatScore } from "@/lib/readiness/types";

import { ExpectedRecallPart } from "./expected-recall";
import { ProgressBar } from "@/app/_components/progress-bar";
import { Widget } from "./widget";

const linkClass = "font-medium text-brand-700 underline hover:text-brand-600";

/** The anchor of an item on its plan page (the plan page gives each item this id). */
export function itemHref(cert: CertId, itemId: string) {
  return `/plan/${cert}#item-${itemId}` as const;
}

export interface OtherExam {
  cert: CertId;
  name: string;
}

/** One enrolled exam: progress, readiness, what's next, pace and overlap with the other exam. */
export function ExamCard({
  exam,
  other,
  enrolledBoth,
  readOnly = false,
}: {
  exam: ExamCardData;
  other: OtherExam;
  enrolledBoth: boolean;
  /** The public progress page: no links into the owner's private pages. */
  readOnly?: boolean;
}) {
  const headingId = `exam-${exam.cert}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <header className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div className="min-w-0 space-y-1">
          <p className="text-sm font-medium text-brand-700">
            {`${exam.code}${exam.targetDate ? ` · exam on ${formatDay(exam.targetDate)}` : ""}${exam.weeklyHours ? ` · ${exam.weeklyHours} h a week` : ""}`}
          </p>
          <h2 id={headingId} className="text-xl font-semibold break-words">
            {exam.name}
          </h2>
        </div>
        {readOnly ? null : (
          <Link href={`/plan/${exam.cert}`} className={`inline-flex min-h-11 items-center ${linkClass}`}>
            Open the plan<span className="sr-only">{` for ${exam.code}`}</span>
          </Link>
        )}
      </header>

      {exam.notice && !readOnly ? (
        <VersionNoticeBanner notice={exam.notice} cert={exam.cert} examName={exam.name} level={3} />
      ) : null}

      <div className="grid gap-8 lg:grid-cols-2">
        <Widget title="Progress" level={3}>
          <ProgressPart exam={exam} />
        </Widget>
        <div className="space-y-8">
          <Widget title="Readiness" level={3}>
            <ReadinessPart exam={exam} />
          </Widget>
          <Widget title="Expected recall on exam day" level={3}>
            <ExpectedRecallPart exam={exam} readOnly={readOnly} />
          </Widget>
        </div>
        <Widget title="Next up" level={3}>
          <NextUpPart exam={exam} readOnly={readOnly} />
        </Widget>
        <Widget title="Pace" level={3}>
          <PacePart exam={exam} readOnly={readOnly} />
        </Widget>
        <div className="lg:col-span-2">
          <Widget title="Overlap with the other exam" level={3}>
            <OverlapPart exam={exam} other={other} enrolledBoth={enrolledBoth} readOnly={readOnly} />
          </Widget>
        </div>
      </div>
    </section>
  );
}

/*
 * A step's or a domain's row: label and figure on one line, then the bar and a line of detail,
 * laid out by one grid on the <li> rather than wrapper elements (every element is rendered on
 * every dashboard request).
 */
const ROW = "grid grid-cols-[minmax(0,1fr)_auto] items-baseline gap-x-3 gap-y-1 text-sm";
const FIGURE = "font-medium tabular-nums";
const DETAIL = "col-span-2 text-xs text-slate-600";

function PartHeading({ id, children }: { id?: string; children: string }) {
  return (
    <h3 id={id} className="text-base font-semibold">
      {children}
    </h3>
  );
}

function ProgressPart({ exam }: { exam: ExamCardData }) {
  const { progress } = exam;
  const text = doneText(progress);
  return (
    <div className="space-y-3">
      <div className="flex items-baseline justify-between gap-3">
        <PartHeading>Progress</PartHeading>
        <p className="text-2xl font-semibold tabular-nums">{`${progress.percent}%`}</p>
      </div>
      <ProgressBar
        label={`${exam.name} progress`}
        percent={progress.percent}
        valueText={`${progress.percent}%: ${text}`}
      />
      <p className="text-sm text-slate-700">{text}</p>
      <ul className="space-y-3 pt-1">
        {exam.steps.map((step) => {
          const label = `Step ${step.number}: ${step.title}`;
          const stepText = doneText(step.progress);
          return (
            <li key={step.id} className={ROW}>
              <span className="min-w-0 break-words">{label}</span>
              <span className={FIGURE}>
                {step.progress.counted === 0 ? "–" : `${step.progress.percent}%`}
              </span>
              <ProgressBar
                label={label}
                percent={step.progress.percent}
                valueText={`${step.progress.percent}%: ${stepText}`}
                size="sm"
                className="col-span-2"
              />
              <p className={DETAIL}>{stepText}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function evidenceText(evidence: number | null): string {
  return evidence === null
    ? "no practice evidence yet"
    : `practice ${formatScore(evidence)}% (recent average)`;
}

/** Readiness from topic coverage and practice evidence per domain (lib/readiness/combined.ts, ADR 026). */
function ReadinessPart({ exam }: { exam: ExamCardData }) {
  const readiness = exam.practice.readiness;
  const { weakest } = readiness;
  return (
    <div className="space-y-3">
      <div className="flex items-baseline justify-between gap-3">
        <PartHeading>Readiness</PartHeading>
        <p className="text-2xl font-semibold tabular-nums">{`${readiness.percent}%`}</p>
      </div>
      <ProgressBar
        label={`${exam.name} readiness`}
        percent={readiness.percent}
        valueText={`${readiness.percent}% ready, from topic coverage and practice evidence, weighted by the exam's domains`}
      />
      <ReadinessExplanation />
      {readiness.withEvidence === 0 ? (
        <p className="text-sm font-medium">No practice evidence yet: this is topic coverage alone.</p>
      ) : null}
      <ul className="space-y-3 pt-1">
        {readiness.domains.map((domain, index) => {
          const label = `Domain ${index + 1}: ${domain.title}`;
          const detail = `topics ${domain.coverage}% done, ${evidenceText(domain.evidence)}`;
          return (
            <li key={domain.id} className={ROW}>
              <span className="min-w-0 break-words">
                {`${label} `}
                <span className="whitespace-nowrap text-slate-600">{`(${domain.weight}% of the exam)`}</span>
              </span>
              <span className={FIGURE}>{`${domain.percent}%`}</span>
              <ProgressBar
                label={label}
                percent={domain.percent}
                valueText={`${domain.percent}% ready: ${detail}`}
                size="sm"
                tone="slate"
                className="col-span-2"
              />
              <p className={DETAIL}>{`Topics ${domain.coverage}% done · ${evidenceText(domain.evidence)}`}</p>
            </li>
          );
        })}
      </ul>
      {weakest && readiness.percent < 100 ? (
        <p className="text-sm">
          <span className="font-medium">Weakest domain:</span>
          {` ${weakest.title} (${weakest.percent}% ready, ${weakest.weight}% of the exam)`}
        </p>
      ) : readiness.domains.length > 0 ? (
        <p className="text-sm font-medium">Every domain is fully covered and at the pass line.</p>
      ) : null}
    </div>
  );
}

const STATUS_BADGE = { in_progress: "In progress", todo: null, done: null, skipped: null } as const;

function NextUpPart({ exam, readOnly }: { exam: ExamCardData; readOnly: boolean }) {
  const headingId = `exam-${exam.cert}-next-up`;
  return (
    <div className="space-y-3">
      <PartHeading id={headingId}>Next up</PartHeading>
      {exam.nextUp.length === 0 ? (
        <p className="text-sm text-slate-700">Nothing left: every item of this plan is done or skipped.</p>
      ) : (
        <ol aria-labelledby={headingId} className="space-y-2">
          {exam.nextUp.map((item, index) => {
            const content = (
              <>
                <span aria-hidden="true" className="font-semibold text-slate-500 tabular-nums">
                  {`${index + 1}.`}
                </span>
                <span
                  className={`min-w-0 flex-1 break-words font-medium ${readOnly ? "text-slate-900" : "text-brand-700 underline"}`}
                >
                  {item.title}
                </span>
                {STATUS_BADGE[item.status] ? (
                  <span className="shrink-0 rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">
                    {STATUS_BADGE[item.status]}
                  </span>
                ) : null}
              </>
            );
            const box = "flex min-h-11 items-start gap-3 rounded-md border border-slate-200 px-3 py-2";
            return (
              <li key={item.id}>
                {readOnly ? (
                  <div className={box}>{content}</div>
                ) : (
                  <Link
                    href={itemHref(exam.cert, item.id)}
                    className={`${box} hover:border-brand-600 hover:bg-brand-50`}
                  >
                    {content}
                  </Link>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

function hours(n: number): string {
  return `${decimal(n)} h`;
}

function verdictSentence(pace: Pace): string {
  switch (pace.verdict) {
    case "done":
      return "All done: every item of this plan is done or skipped.";
    case "too-early":
      return "Too early to tell: your pace shows after your first week of study.";
    case "ahead":
      return "You are ahead of pace.";
    case "on-track":
      return "You are on track.";
    case "behind":
      return `You are behind: at your pace, ${hours(pace.hoursBehind)} would be left on exam day.`;
    case "overdue":
      return `Your exam date has passed with ${hours(pace.hoursLeft)} of study left. Set a new date to see your pace again.`;
  }
}

const VERDICT_STYLE: Record<Pace["verdict"], string> = {
  done: "border-green-300 bg-green-50 text-green-900",
  ahead: "border-green-300 bg-green-50 text-green-900",
  "on-track": "border-sky-300 bg-sky-50 text-sky-900",
  "too-early": "border-slate-300 bg-slate-50 text-slate-900",
  behind: "border-amber-300 bg-amber-50 text-amber-950",
  overdue: "border-amber-300 bg-amber-50 text-amber-950",
};

function PacePart({ exam, readOnly }: { exam: ExamCardData; readOnly: boolean }) {
  const { pace } = exam;
  if (pace === null) {
    return (
      <div className="space-y-3">
        <PartHeading>Pace</PartHeading>
        <p className="text-sm text-slate-700">
          Add your exam date and the dashboard tells you how many hours a week you need, and whether you are
          on pace.
        </p>
        {readOnly ? null : (
          <Link href="/onboarding" className={`inline-flex min-h-11 items-center ${linkClass}`}>
            Set an exam date
          </Link>
        )}
      </div>
    );
  }
  const facts: { label: string; value: string }[] = [
    { label: "Hours left", value: hours(pace.hoursLeft) },
    { label: "Weeks left", value: decimal(pace.weeksLeft) },
    {
      label: "Needed per week",
      value: pace.neededHoursPerWeek === null ? "–" : hours(pace.neededHoursPerWeek),
    },
    {
      label: "Your average per week (since you started)",
      value: pace.averageHoursPerWeek === null ? "–" : hours(pace.averageHoursPerWeek),
    },
  ];
  return (
    <div className="space-y-3">
      <PartHeading>Pace</PartHeading>
      <p className={`rounded-md border px-3 py-2 font-medium ${VERDICT_STYLE[pace.verdict]}`}>
        {verdictSentence(pace)}
      </p>
      <p className="text-sm text-slate-700">
        {`Measured in study hours (each item's estimate) since you added this exam${pace.studiedHours > 0 ? `: ${hours(pace.studiedHours)} so far` : ""}. Step 4 and optional items don't count.`}
      </p>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-3">
        {facts.map((fact) => (
          <div key={fact.label} className="min-w-0">
            <dt className="text-sm text-slate-600">{fact.label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{fact.value}</dd>
          </div>
        ))}
        <div className="col-span-2">
          <dt className="text-sm text-slate-600">Projected finish at your average</dt>
          <dd className="font-semibold">
            {pace.verdict === "done"
              ? "Finished"
              : pace.projectedFinish
                ? formatDay(pace.projectedFinish)
                : pace.averageHoursPerWeek === null
                  ? "Not yet known: after your first week"
                  : "Not yet known: nothing finished since you started"}
          </dd>
        </div>
      </dl>
      {pace.verdict === "overdue" && !readOnly ? (
        <Link href="/onboarding" className={`inline-flex min-h-11 items-center ${linkClass}`}>
          Set a new exam date
        </Link>
      ) : null}
    </div>
  );
}

function OverlapPart({
  exam,
  other,
  enrolledBoth,
  readOnly,
}: {
  exam: ExamCardData;
  other: OtherExam;
  enrolledBoth: boolean;
  readOnly: boolean;
}) {
  const { sharedDone, sharedTotal } = exam;
  let body: ReactNode;
  if (sharedTotal === 0) {
    body = <p className="text-sm text-slate-700">{`No item of this plan counts for ${other.name}.`}</p>;
  } else if (enrolledBoth) {
    body = (
      <p className="text-sm text-slate-700">
        {sharedDone === 0
          ? `None of the items you have done yet counts for ${other.name}: ${sharedTotal} shared items are waiting, and one tick counts for both exams.`
          : `${sharedDone} of the items you have done also ${sharedDone === 1 ? "counts" : "count"} for ${other.name} (${sharedDone} of ${sharedTotal} shared items).`}
      </p>
    );
  } else {
    body = (
      <p className="text-sm text-slate-700">
        {`${count(sharedTotal, "item")} of this plan also ${sharedTotal === 1 ? "counts" : "count"} for ${other.name}${readOnly ? "." : " — "}`}
        {readOnly ? null : (
          <Link href={`/plan/${other.cert}`} className={linkClass}>
            add it<span className="sr-only">{` to your plan (${other.name})`}</span>
          </Link>
        )}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <PartHeading>Overlap with the other exam</PartHeading>
      {body}
    </div>
  );
}
