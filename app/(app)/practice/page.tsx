import type { Metadata } from "next";
import Link from "next/link";

import { PracticeCard } from "@/app/_components/practice/practice-card";
import { requireUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock/request";
import { applicableVersion, certifications, itemsForVersion } from "@/lib/curriculum";
import { CERT_IDS, type CertId } from "@/lib/curriculum/types";
import { getPracticePageData } from "@/lib/data/practice";
import { dayKey } from "@/lib/progress/days";
import { readiness } from "@/lib/progress/readiness";
import { buildPracticeCard } from "@/lib/readiness/card";
import { PASS_PERCENT } from "@/lib/readiness/types";

import { PracticeLog } from "./_components/practice-log";
import type { ExamOption } from "./_components/practice-types";

export const metadata: Metadata = {
  title: "Practice exams",
  description:
    "Log practice exams and real exam results by domain; see your trend, weakest domain and what to drill.",
};

const EXAMS: ExamOption[] = CERT_IDS.map((cert) => ({
  cert,
  name: certifications[cert].name,
  versions: certifications[cert].versions.map((v) => ({
    code: v.exam.code,
    firstExamDate: v.firstExamDate,
    lastExamDate: v.lastExamDate,
    passingScore: v.exam.passingScore,
    domains: v.domains.map((d) => ({ id: d.id, title: d.title })),
  })),
}));

const DOMAIN_TITLES: Record<string, string> = Object.fromEntries(
  CERT_IDS.flatMap((cert) =>
    certifications[cert].versions.flatMap((v) => v.domains.map((d) => [d.id, d.title])),
  ),
);

export default async function PracticePage() {
  const user = await requireUser();
  const now = await requestNow();
  const today = dayKey(now, user.timeZone);
  // One statement: enrolments, statuses, done days and attempts (with notes: this is the owner's page).
  const data = await getPracticePageData(user.id, user.timeZone);

  // Cards for the exams of the plan, in its order, then any other exam with attempts.
  const certs: CertId[] = data.enrollments.map((e) => e.cert);
  for (const attempt of data.attempts) if (!certs.includes(attempt.cert)) certs.push(attempt.cert);
  const cards = certs.map((cert) => {
    const certification = certifications[cert];
    const targetDate = data.enrollments.find((e) => e.cert === cert)?.targetDate ?? null;
    const version = applicableVersion(certification, targetDate, today);
    const planItems = itemsForVersion(version);
    return {
      targetDate,
      card: buildPracticeCard({
        certification,
        version,
        attempts: data.attempts,
        planItems,
        statuses: data.statuses,
        doneOn: data.doneOn,
        today,
        coverage: readiness(planItems, data.statuses, version.domains),
      }),
    };
  });

  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold">Practice exams</h1>
        <p className="text-slate-700">
          Log every practice exam, whoever made it, and your real exam&apos;s score report. Your trend against
          the {PASS_PERCENT} % line, your weakest domain and the items to drill come from what you log here,
          and feed your readiness on the{" "}
          <Link href="/dashboard" className="font-medium text-brand-700 underline">
            dashboard
          </Link>
          . Dates are days in your time zone ({user.timeZone}).
        </p>
        {data.attempts.length === 0 ? (
          <p className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-slate-800">
            You have no practice evidence yet. Take a timed practice exam, then log it below.
          </p>
        ) : null}
      </div>

      <PracticeLog
        exams={EXAMS}
        defaultCert={certs[0] ?? "architect"}
        today={today}
        attempts={data.attempts}
        domainTitles={DOMAIN_TITLES}
      >
        {cards.length > 0 ? (
          <div className="space-y-8">
            {cards.map(({ card, targetDate }) => (
              <PracticeCard
                key={card.cert}
                card={card}
                examName={certifications[card.cert].shortName}
                examDate={targetDate}
                showReadiness
              />
            ))}
          </div>
        ) : null}
      </PracticeLog>
    </div>
  );
}
