import type { Metadata } from "next";

import { requireUser } from "@/lib/auth";
import { certifications, isCertId } from "@/lib/curriculum";
import type { CertId } from "@/lib/curriculum/types";
import { getEnrollments } from "@/lib/data/plan";
import { dayKey } from "@/lib/progress/days";

import { EnrollmentForm, type VersionDates } from "./_components/enrollment-form";
import { requestNow } from "@/lib/clock/request";

export const metadata: Metadata = { title: "Set up your plan" };

/** Each exam's versions with their dates, so the form can name the version a chosen date falls in. */
function versionDates(cert: CertId): VersionDates[] {
  return certifications[cert].versions.map((v) => ({
    code: v.exam.code,
    firstExamDate: v.firstExamDate,
    lastExamDate: v.lastExamDate,
  }));
}

export default async function OnboardingPage({ searchParams }: PageProps<"/onboarding">) {
  const user = await requireUser();
  const [params, enrollments] = await Promise.all([searchParams, getEnrollments(user.id)]);
  // Pre-filled from the "which should I choose?" guide (?certs=architect,developer), else the current plan.
  const fromGuide =
    typeof params.certs === "string" ? params.certs.split(",").filter(isCertId).slice(0, 2) : [];
  const chosen: CertId[] = fromGuide.length > 0 ? fromGuide : enrollments.map((e) => e.cert);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">
          {enrollments.length ? "Edit your plan" : "Set up your plan"}
        </h1>
        <p className="text-slate-700">
          Pick the exam you are preparing for, or both. With a date, the dashboard tells you whether you are
          on pace. You can change all of this later.
        </p>
      </div>
      <EnrollmentForm
        chosen={chosen}
        fromGuide={fromGuide.length > 0}
        enrollments={enrollments}
        today={dayKey(await requestNow(), user.timeZone)}
        names={{ architect: certifications.architect.name, developer: certifications.developer.name }}
        versions={{ architect: versionDates("architect"), developer: versionDates("developer") }}
      />
    </div>
  );
}
