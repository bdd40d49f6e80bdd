import type { Route } from "next";
import Link from "next/link";

import {
  bothStrategy,
  certifications,
  difficultyCommonGround,
  newestExam,
  type CertId,
} from "@/lib/curriculum";
import { startPlanHref, type Answers, type Recommendation } from "@/lib/guide";

import { SkillsTable } from "@/app/_components/skills-table";

import { CareerPaths } from "./career-paths";
import { CertificationLevels } from "./certification-levels";
import { ExamFacts } from "./exam-facts";

function examTitle(cert: CertId): string {
  return `${certifications[cert].shortName} – Associate`;
}

export function RecommendationSection({
  result,
  answers,
  signedIn,
}: {
  result: Recommendation;
  answers: Answers;
  signedIn: boolean;
}) {
  const single = result.pick === "both" ? null : certifications[result.pick];
  const [first = "architect", second = "developer"] = result.order;
  const headline = single ? examTitle(single.id) : `both exams, ${certifications[first].shortName} first`;
  const showBothAdvice = result.pick === "both" || answers.both === "maybe";
  const href = startPlanHref(result.order, signedIn);

  return (
    <section
      aria-labelledby="result-heading"
      className="space-y-10 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-8"
    >
      <div className="space-y-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Your result</p>
        <h2 id="result-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
          Our recommendation: {headline}
        </h2>
        {single ? (
          <p className="max-w-3xl text-lg text-slate-700">
            The {single.name} <span className="whitespace-nowrap">({newestExam(single.id).code})</span> fits
            you best. {single.summary}
          </p>
        ) : (
          <p className="max-w-3xl text-lg text-slate-700">
            Take the {certifications[first].name}{" "}
            <span className="whitespace-nowrap">({newestExam(first).code})</span> first, then the{" "}
            {certifications[second].name}{" "}
            <span className="whitespace-nowrap">({newestExam(second).code})</span>. {bothStrategy.summary}
          </p>
        )}
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <Link
            href={href as Route}
            className="inline-flex min-h-12 items-center justify-center rounded-md bg-brand-600 px-6 py-3 text-base font-semibold text-white hover:bg-brand-700"
          >
            Start this plan
          </Link>
          <p className="text-sm text-slate-600">
            {signedIn ? "We'll" : "Create a free account and we'll"} set up a step-by-step study checklist for{" "}
            {result.order.map(examTitle).join(", then ")}.
          </p>
        </div>
      </div>

      <div className="space-y-3">
        <h3 className="text-xl font-semibold">Why we suggest this</h3>
        <ul className="max-w-3xl list-disc space-y-2 pl-5 text-slate-800">
          {result.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>

      <div className="space-y-3">
        <h3 className="text-xl font-semibold">How hard each exam may feel for you</h3>
        <dl className="grid gap-4 sm:grid-cols-2">
          {(["architect", "developer"] as const).map((cert) => (
            <div key={cert} className="rounded-lg border border-slate-200 bg-slate-50 p-4">
              <dt className="font-semibold text-slate-900">
                {examTitle(cert)} <span className="whitespace-nowrap">({newestExam(cert).code})</span>
              </dt>
              <dd className="mt-1 text-slate-700">{result.difficulty[cert]}</dd>
            </div>
          ))}
        </dl>
        <p className="max-w-3xl text-slate-700">{difficultyCommonGround}</p>
      </div>

      {showBothAdvice ? (
        <div className="space-y-3">
          <h3 className="text-xl font-semibold">
            {result.pick !== "both"
              ? "If you add the second exam later"
              : first === "architect"
                ? "Taking both: architect first"
                : "Taking both: the usual order, and why yours differs"}
          </h3>
          <p className="max-w-3xl text-slate-700">{bothStrategy.summary}</p>
          {result.pick === "both" && first !== "architect" ? (
            <p className="max-w-3xl text-slate-700">
              The usual advice is architect first. Your answers lean clearly towards the developer exam, so we
              put it first: starting where you are strongest keeps momentum, and the architect exam then adds
              the system-wide view.
            </p>
          ) : null}
          <ol className="max-w-3xl space-y-2">
            {bothStrategy.order.map((step, index) => (
              <li key={step.cert} className="flex gap-3">
                <span
                  aria-hidden="true"
                  className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-600 text-sm font-semibold text-white"
                >
                  {index + 1}
                </span>
                <span>
                  <span className="font-semibold">{examTitle(step.cert)}.</span> {step.why}
                </span>
              </li>
            ))}
          </ol>
          <p className="max-w-3xl text-slate-700">{bothStrategy.outcome}</p>
        </div>
      ) : null}

      <SkillsTable highlight={result.order} />
      <CareerPaths certs={result.order} />
      <ExamFacts certs={result.order} />
      <CertificationLevels />
    </section>
  );
}
