import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { Suspense } from "react";
import { notFound } from "next/navigation";

import { formatDay } from "@/app/_components/format";
import { ProgressBar } from "@/app/_components/progress-bar";
import { requireUser } from "@/lib/auth";
import {
  applicableVersion,
  certifications,
  isCertId,
  isShared,
  items,
  itemsForVersion,
  previousVersion,
  steps,
  tipGroups,
  versionNotice,
} from "@/lib/curriculum";
import type { Certification, ExamVersion } from "@/lib/curriculum/types";
import { requestNow } from "@/lib/clock/request";
import { getDismissedNotices } from "@/lib/data/notices";
import { getEnrollments, getPlanProgress } from "@/lib/data/plan";
import { openSectionsCookie, parseSectionChoices, sectionOf, TIPS_SECTION } from "@/lib/plan/open-sections";
import { nextUp } from "@/lib/progress/next-up";
import { dayKey } from "@/lib/progress/days";
import { getQueryClient } from "@/lib/query-client";

import { ExternalLink } from "@/app/_components/external-link";
import { VersionChanges } from "@/app/_components/version-changes";
import { VersionNoticeBanner } from "@/app/_components/version-notice";

import { AddEnrollmentButton } from "./_components/add-enrollment-button";
import { PlanChecklist } from "./_components/plan-checklist";
import { planKeys } from "./_components/plan-query";
import { toPlanDomain, toPlanItem } from "./_components/plan-types";

export async function generateMetadata({ params }: PageProps<"/plan/[cert]">): Promise<Metadata> {
  const { cert } = await params;
  if (!isCertId(cert)) return {};
  const { name } = certifications[cert];
  return {
    title: `${name} study plan`,
    description: `Your checklist for the ${name} exam: learning path, study tips, progress and readiness.`,
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
  const [enrollments, dismissed, query, now, plan, cookieStore] = await Promise.all([
    getEnrollments(user.id),
    getDismissedNotices(user.id),
    searchParams,
    requestNow(),
    queryClient.fetchQuery({ queryKey: planKeys.data(user.id), queryFn: () => getPlanProgress(user.id) }),
    cookies(),
  ]);

  const certification = certifications[cert];
  const enrollment = enrollments.find((e) => e.cert === cert);
  const today = dayKey(now, user.timeZone);
  // The exam version this candidate sits: by their exam date, else the one in use today.
  const version = applicableVersion(certification, enrollment?.targetDate ?? null, today);
  const { exam } = version;
  const notice = enrollment
    ? versionNotice(certification, version, dayKey(enrollment.createdAt, user.timeZone), dismissed, items)
    : null;
  const certItems = itemsForVersion(version);
  // The section holding the next item (in path order) opens; the others stay closed unless the
  // user opened them before, which the cookie remembers (ADR 034).
  const next = nextUp(certItems, new Map(Object.entries(plan.statuses)), 1)[0];
  const defaultOpen = next ? [sectionOf(next.section)] : [];
  const choices = parseSectionChoices(cookieStore.get(openSectionsCookie(cert))?.value, [
    ...steps.map((step) => step.id),
    TIPS_SECTION,
  ]);
  // The checklist gets what its rows, progress and readiness need; the rest of each item (summary,
  // links…) it reads on demand from /api/curriculum/<cert>/<version> (ADR 038).
  const domainIds = new Set(version.domains.map((domain) => domain.id));
  const groups = tipGroups.filter((group) =>
    certItems.some((item) => item.section.kind === "tip" && item.section.group === group.id),
  );

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm font-medium text-brand-700">{`Study plan · ${exam.code}`}</p>
        <h1 className="text-2xl font-semibold sm:text-3xl">
          {`${certification.name} `}
          <span className="whitespace-nowrap text-slate-500">{`(${exam.code})`}</span>
        </h1>
        <p className="max-w-3xl text-slate-700">{certification.summary}</p>
        {enrollment ? (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <p className="text-slate-700">
              {`${enrollment.targetDate ? `Exam date: ${formatDay(enrollment.targetDate)}` : "No exam date set"}${enrollment.weeklyHours ? ` · ${enrollment.weeklyHours} h of study a week` : ""}`}
            </p>
            <Link
              href="/onboarding"
              className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
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

      {notice ? <VersionNoticeBanner notice={notice} cert={cert} examName={certification.name} /> : null}

      <VersionStatus
        certification={certification}
        version={version}
        hasExamDate={Boolean(enrollment?.targetDate)}
        today={today}
      />

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
              className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
            >
              Edit your plan
            </Link>
          </div>
        </section>
      )}

      {/* A boundary of its own: React hydrates it in a task of its own (ADR 034). */}
      <Suspense fallback={null}>
        <ExamFacts version={version} />
      </Suspense>

      <HydrationBoundary state={dehydrate(queryClient)}>
        <PlanChecklist
          userId={user.id}
          examCode={exam.code}
          examShortName={certification.shortName}
          readOnly={!enrollment}
          items={certItems.map((item) => toPlanItem(item, domainIds))}
          steps={steps}
          tipGroups={groups}
          domains={version.domains.map(toPlanDomain)}
          sharedIds={certItems.filter(isShared).map((item) => item.id)}
          howWeCount={<HowWeCount />}
          cert={cert}
          defaultOpen={defaultOpen}
          initialChoices={choices}
        />
      </HydrationBoundary>

      <Suspense fallback={null}>
        <WhatChanged certification={certification} version={version} />
      </Suspense>
    </div>
  );
}

/** The changes of this version, or, for a candidate on a retiring version, of the one after it. */
function WhatChanged({ certification, version }: { certification: Certification; version: ExamVersion }) {
  const index = certification.versions.indexOf(version);
  const shown = version.changes ? version : certification.versions[index + 1];
  const previous = shown ? previousVersion(certification, shown) : undefined;
  if (!shown || !previous) return null;
  return (
    <VersionChanges
      version={shown}
      previous={previous}
      items={items}
      itemHref={shown === version ? (id) => `#item-${id}` : undefined}
    />
  );
}

/**
 * Says which version the plan follows when that is a choice: the candidate sits
 * a version that is being retired, or has no exam date while a new version is coming.
 */
function VersionStatus({
  certification,
  version,
  hasExamDate,
  today,
}: {
  certification: Certification;
  version: ExamVersion;
  hasExamDate: boolean;
  today: string;
}) {
  const next = certification.versions[certification.versions.indexOf(version) + 1];
  if (!next || !version.lastExamDate || !next.firstExamDate) return null;
  const code = version.exam.code;
  const last = formatDay(version.lastExamDate);
  return (
    <div
      role="note"
      className="space-y-1 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950"
    >
      <p className="font-semibold">
        {code} {today > version.lastExamDate ? "was retired" : "is being retired"}: its last exam day is{" "}
        {last}
      </p>
      <p>
        {hasExamDate
          ? `Your exam date falls on or before that day, so this plan follows ${code}.`
          : `Without an exam date, this plan follows the version in use today, ${code}. Exams from ${formatDay(next.firstExamDate)} are ${next.exam.code}: set your exam date and the plan follows the version you will sit.`}{" "}
        <ExternalLink href={version.source.url} className="underline">
          {version.source.title}
        </ExternalLink>
      </p>
    </div>
  );
}

function ExamFacts({ version }: { version: ExamVersion }) {
  const { exam, domains } = version;
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
        {`The ${exam.code} exam`}
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
                <summary className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-1 hover:bg-slate-50">
                  <span className="min-w-0 flex-1">{`Domain ${index + 1}: ${domain.title}`}</span>
                  <ProgressBar
                    decorative
                    percent={domain.weight}
                    size="sm"
                    tone="slate"
                    className="hidden w-24 sm:block"
                  />
                  <span className="w-12 text-right font-medium tabular-nums">{`${domain.weight}%`}</span>
                </summary>
                <ul className="mb-2 ml-6 mt-1 list-disc space-y-1 text-sm text-slate-700">
                  {domain.taskStatements.map((task) => (
                    <li key={task.id}>
                      <span className="font-mono text-xs text-slate-500">
                        {task.id.replace(/^[a-z]+-c\d{2}-/, "")}
                      </span>
                      {` ${task.title}`}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-600">
          Open a domain to see its task statements. Source:{" "}
          <ExternalLink href={exam.examGuide.url}>{exam.examGuide.title}</ExternalLink>
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
