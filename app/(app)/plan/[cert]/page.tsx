import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { formatDay } from "@/app/_components/format";
import { ProgressBar } from "@/app/_components/progress-bar";
import { requireUser } from "@/lib/auth";
import { certifications, isCertId, isShared, itemsForCert, steps, tipGroups } from "@/lib/curriculum";
import type { Certification } from "@/lib/curriculum/types";
import { getEnrollments, getPlanProgress } from "@/lib/data/plan";
import { getQueryClient } from "@/lib/query-client";

import { AddEnrollmentButton } from "./_components/add-enrollment-button";
import { PlanChecklist } from "./_components/plan-checklist";
import { planKeys } from "./_components/plan-query";
import { toPlanItem } from "./_components/plan-types";

export async function generateMetadata({ params }: PageProps<"/plan/[cert]">): Promise<Metadata> {
  const { cert } = await params;
  if (!isCertId(cert)) return {};
  const { name, exam } = certifications[cert];
  return {
    title: `${name} (${exam.code}) study plan`,
    description: `Your checklist for the ${name} exam (${exam.code}): learning path, study tips, progress and readiness.`,
  };
}

export default async function PlanPage({ params, searchParams }: PageProps<"/plan/[cert]">) {
  const { cert } = await params;
  if (!isCertId(cert)) notFound();
  const user = await requireUser();
  // The checklist's data goes into React Query's cache on the server and reaches the browser's
  // cache through <HydrationBoundary> (plan-query.ts); fetchQuery throws, so a database error
  // shows error.tsx instead of an empty plan.
  const queryClient = getQueryClient();
  const [enrollments, query] = await Promise.all([
    getEnrollments(user.id),
    searchParams,
    queryClient.fetchQuery({ queryKey: planKeys.data(user.id), queryFn: () => getPlanProgress(user.id) }),
  ]);

  const certification = certifications[cert];
  const { exam } = certification;
  const enrollment = enrollments.find((e) => e.cert === cert);
  const certItems = itemsForCert(cert);
  const groups = tipGroups.filter((group) =>
    certItems.some((item) => item.section.kind === "tip" && item.section.group === group.id),
  );

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm font-medium text-brand-700">Study plan · {exam.code}</p>
        <h1 className="text-2xl font-semibold sm:text-3xl">
          {certification.name} <span className="whitespace-nowrap text-slate-500">({exam.code})</span>
        </h1>
        <p className="max-w-3xl text-slate-700">{certification.summary}</p>
        {enrollment ? (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <p className="text-slate-700">
              {enrollment.targetDate ? `Exam date: ${formatDay(enrollment.targetDate)}` : "No exam date set"}
              {enrollment.weeklyHours ? ` · ${enrollment.weeklyHours} h of study a week` : ""}
            </p>
            <Link
              href="/onboarding"
              className="inline-flex min-h-10 items-center font-medium text-brand-700 underline"
            >
              Edit exam date and order
            </Link>
          </div>
        ) : null}
      </header>

      {query.welcome === "1" && enrollment ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-4 py-3 text-green-900">
          Your plan is saved. Tick items off as you study; progress and readiness update as you go.
        </p>
      ) : null}

      <ExamChangeBanner certification={certification} />

      {enrollment ? null : (
        <section
          aria-labelledby="read-only-heading"
          className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:p-6"
        >
          <h2 id="read-only-heading" className="text-lg font-semibold">
            This exam is not in your plan
          </h2>
          <p className="text-slate-700">
            You are looking at the {certification.shortName} checklist read-only. Add the exam to tick items
            off and keep notes; items you have already done for your other exam count here too.
          </p>
          <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
            <AddEnrollmentButton cert={cert} examName={certification.name} />
            <Link
              href="/onboarding"
              className="inline-flex min-h-10 items-center font-medium text-brand-700 underline"
            >
              Edit your plan
            </Link>
          </div>
        </section>
      )}

      <ExamFacts certification={certification} />

      <HydrationBoundary state={dehydrate(queryClient)}>
        <PlanChecklist
          userId={user.id}
          examCode={exam.code}
          examShortName={certification.shortName}
          readOnly={!enrollment}
          items={certItems.map(toPlanItem)}
          steps={steps}
          tipGroups={groups}
          domains={certification.domains}
          sharedIds={certItems.filter(isShared).map((item) => item.id)}
          howWeCount={<HowWeCount />}
        />
      </HydrationBoundary>
    </div>
  );
}

function ExamChangeBanner({ certification }: { certification: Certification }) {
  const { retirement, successor, code } = certification.exam;
  if (!retirement && !successor) return null;
  return (
    <div
      role="note"
      className="space-y-1 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950"
    >
      <p className="font-semibold">This exam is changing</p>
      {retirement ? (
        <p>
          AWS has announced that {code} can be taken until {formatDay(retirement.lastExamDate)}.{" "}
          <a href={retirement.source.url} target="_blank" rel="noopener noreferrer" className="underline">
            {retirement.source.title}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      ) : null}
      {successor ? (
        <p>
          It is followed by {successor.name} ({successor.code})
          {successor.firstExamDate ? `, available from ${formatDay(successor.firstExamDate)}` : ""}.{" "}
          <a href={successor.source.url} target="_blank" rel="noopener noreferrer" className="underline">
            {successor.source.title}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      ) : null}
    </div>
  );
}

function ExamFacts({ certification }: { certification: Certification }) {
  const { exam, domains } = certification;
  const facts: { label: string; value: string }[] = [
    {
      label: "Questions",
      value: `${exam.questions} (${exam.scoredQuestions} scored, ${exam.unscoredQuestions} unscored)`,
    },
    { label: "Time", value: `${exam.minutes} minutes` },
    { label: "Score", value: `${exam.scoreMin}–${exam.scoreMax}` },
    { label: "To pass", value: `${exam.passingScore}` },
    { label: "Question types", value: exam.questionTypes.join(", ") },
  ];
  return (
    <section
      aria-labelledby="exam-heading"
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id="exam-heading" className="text-lg font-semibold">
        The {exam.code} exam
      </h2>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-3 lg:grid-cols-5">
        {facts.map((fact) => (
          <div key={fact.label} className="min-w-0">
            <dt className="text-sm text-slate-600">{fact.label}</dt>
            <dd className="font-medium break-words">{fact.value}</dd>
          </div>
        ))}
      </dl>
      <div className="space-y-2">
        <h3 className="font-semibold">Domains and their weight in the scored questions</h3>
        <ul className="space-y-1">
          {domains.map((domain, index) => (
            <li key={domain.id}>
              <details className="group">
                <summary className="flex min-h-10 cursor-pointer items-center gap-3 rounded-md px-1 hover:bg-slate-50">
                  <span className="min-w-0 flex-1">
                    Domain {index + 1}: {domain.title}
                  </span>
                  <ProgressBar
                    decorative
                    percent={domain.weight}
                    size="sm"
                    tone="slate"
                    className="hidden w-24 sm:block"
                  />
                  <span className="w-12 text-right font-medium tabular-nums">{domain.weight}%</span>
                </summary>
                <ul className="mb-2 ml-6 mt-1 list-disc space-y-1 text-sm text-slate-700">
                  {domain.taskStatements.map((task) => (
                    <li key={task.id}>
                      <span className="font-mono text-xs text-slate-500">
                        {task.id.replace(/^[a-z]+-/, "")}
                      </span>{" "}
                      {task.title}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-600">
          Open a domain to see its task statements. Source:{" "}
          <a
            href={exam.examGuide.url}
            target="_blank"
            rel="noopener noreferrer"
            className="text-brand-700 underline"
          >
            {exam.examGuide.title}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      </div>
    </section>
  );
}

function HowWeCount() {
  return (
    <div className="space-y-1 rounded-md bg-slate-50 p-3 text-sm text-slate-700">
      <p className="font-medium text-slate-800">How we count</p>
      <p>
        <strong>Done</strong> = items done ÷ (all items − skipped ones). Skipping says “this doesn’t apply to
        me”, so it neither helps nor hurts the percentage.
      </p>
      <p>
        <strong>Readiness</strong> = Σ (domain weight × share of that domain’s items done). Skipped items
        still count in each domain, so skipping does not make you ready. Items shared by both exams count for
        both.
      </p>
    </div>
  );
}
