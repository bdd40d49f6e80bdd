import type { Metadata } from "next";

import { cookies, headers } from "next/headers";

import { formatDay } from "@/app/_components/format";
import { ThemeChoice } from "@/app/_components/theme-choice";
import { requireUser } from "@/lib/auth";
import { applicableVersion, certifications, isShared, itemsForCert } from "@/lib/curriculum";
import { requestNow } from "@/lib/clock/request";
import { hasPassword } from "@/lib/data/account";
import { dayKey } from "@/lib/progress/days";
import { getEnrollments } from "@/lib/data/plan";
import { getShareSlug } from "@/lib/data/portability";
import { getReviewRetention } from "@/lib/data/review";
import { getCalendarToken } from "@/lib/data/schedule";
import { emailEnabled, getEnv } from "@/lib/env";
import { parseTheme, THEME_COOKIE } from "@/lib/theme";

import { ChangeEmailForm } from "./_components/change-email-form";
import { ChangePasswordForm } from "./_components/change-password-form";
import { DeleteAccountForm, SignOutEverywhereForm } from "./_components/danger-zone";
import { ImportProgress, ResetExam } from "./_components/progress-tools";
import { CalendarSettings } from "./_components/calendar-settings";
import { ReviewSettingsForm } from "./_components/review-settings";
import { ShareSettings } from "./_components/share-settings";

export const metadata: Metadata = { title: "Account" };

/** For an account that signs in with GitHub or Google only: the changes below need a password first. */
function NoPasswordYet() {
  return (
    <p className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-slate-700">
      Your account signs in with GitHub or Google and has no password, which this change asks for. Set one
      first:{" "}
      <a href="/forgot-password" className="text-brand-700 underline">
        we mail you a link
      </a>
      .
    </p>
  );
}

function Section({ title, children, id }: { title: string; children: React.ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function AccountPage() {
  const user = await requireUser();
  const [enrollments, shareSlug, calendarToken, retention, requestHeaders, withPassword, now] =
    await Promise.all([
      getEnrollments(user.id),
      getShareSlug(user.id),
      getCalendarToken(user.id),
      getReviewRetention(user.id),
      headers(),
      hasPassword(user.id),
      requestNow(),
    ]);
  const today = dayKey(now, user.timeZone);
  const host = requestHeaders.get("host") ?? "localhost:3000";
  const origin = getEnv().NEXTAUTH_URL?.replace(/\/$/, "") ?? `http://${host}`;
  const exams = enrollments.map((e) => ({
    cert: e.cert,
    name: certifications[e.cert].name,
    shared: itemsForCert(e.cert).filter(isShared).length,
  }));
  const plans = enrollments.length
    ? enrollments
        .map((e) => {
          const code = applicableVersion(certifications[e.cert], e.targetDate, today).exam.code;
          return `${code}${e.targetDate ? ` on ${formatDay(e.targetDate)}` : ""}`;
        })
        .join(", then ")
    : "no exam yet";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Account</h1>
        <p className="text-slate-700">Signed in as {user.email}</p>
      </div>
      <Section title="Your plan" id="plan-heading">
        <p className="text-slate-700">Currently: {plans}.</p>
        <a href="/onboarding" className="text-brand-700 underline">
          Change exams, order, dates and weekly hours
        </a>
      </Section>
      <Section title="Appearance" id="appearance-heading">
        <p className="text-slate-700">
          Light or dark, or System to follow your device. Kept in this browser (the header has the same
          choice).
        </p>
        <ThemeChoice theme={parseTheme((await cookies()).get(THEME_COOKIE)?.value)} />
      </Section>
      <Section title="Spaced review" id="review-heading">
        <ReviewSettingsForm retention={retention} />
      </Section>
      <Section title="Your progress" id="progress-heading">
        <p className="text-slate-700">
          Download your checklist with statuses, dates and notes. The JSON file also holds your practice
          attempts and exam results, and imports back here.
        </p>
        <div className="flex flex-wrap gap-2">
          <a
            href="/account/progress?format=csv"
            download
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
          >
            Export progress as CSV
          </a>
          <a
            href="/account/progress?format=json"
            download
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
          >
            Export progress as JSON
          </a>
          <a
            href="/account/progress?format=attempts-csv"
            download
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
          >
            Export practice attempts as CSV
          </a>
        </div>
        <h3 className="pt-2 font-medium">Import progress</h3>
        <ImportProgress />
        {exams.length ? (
          <>
            <h3 className="pt-2 font-medium">Reset an exam</h3>
            <ResetExam exams={exams} />
          </>
        ) : null}
      </Section>
      <Section title="Public progress page" id="share-heading">
        <ShareSettings initialSlug={shareSlug} origin={origin} />
      </Section>
      {emailEnabled() ? (
        <Section title="Email address" id="email-heading">
          {withPassword ? <ChangeEmailForm email={user.email} /> : <NoPasswordYet />}
        </Section>
      ) : null}
      <Section title="Calendar subscription" id="calendar-heading">
        <CalendarSettings initialToken={calendarToken} origin={origin} />
      </Section>
      <Section title="Change password" id="password-heading">
        {withPassword ? <ChangePasswordForm /> : <NoPasswordYet />}
      </Section>
      <Section title="Your data" id="data-heading">
        <p className="text-slate-700">Download everything the app stores about you as a JSON file.</p>
        <a
          href="/account/export"
          download
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
        >
          Export my data
        </a>
      </Section>
      <Section title="Sessions" id="sessions-heading">
        <p className="text-slate-700">
          Signed in on a shared or lost device? Sign out of every device at once.
        </p>
        <SignOutEverywhereForm />
      </Section>
      <Section title="Delete account" id="delete-heading">
        {withPassword ? <DeleteAccountForm /> : <NoPasswordYet />}
      </Section>
    </div>
  );
}
