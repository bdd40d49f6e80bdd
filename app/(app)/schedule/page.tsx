import type { Metadata } from "next";
import Link from "next/link";

import { requireUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock/request";
import { certifications, getItem } from "@/lib/curriculum";
import { getScheduleRows } from "@/lib/data/schedule";
import { addDays, dayNumber } from "@/lib/progress/days";
import { planSchedule, type ExamPlan, type Schedule } from "@/lib/schedule";

import { itemHref } from "@/app/_components/dashboard/exam-card";
import { count, formatDay, formatDayWithWeekday } from "@/app/_components/format";
import { ShortfallNotice } from "@/app/_components/schedule/shortfall-notice";
import { hoursOf, weekRange } from "@/app/_components/schedule/words";

import { ScheduleWeeks } from "./_components/schedule-weeks";
import type { MoveTargets, WeekView } from "./_components/schedule-types";

export const metadata: Metadata = { title: "Schedule" };

const linkClass = "font-medium text-brand-700 underline hover:text-brand-600";

function title(itemId: string): string {
  return getItem(itemId)?.title ?? "A retired checklist item";
}

function weekViews(schedule: Schedule): WeekView[] {
  const code = new Map(schedule.exams.map((plan) => [plan.cert, plan.code]));
  const hours = new Map(schedule.exams.map((plan) => [plan.cert, plan.weeklyHours]));
  return schedule.weeks.map((week) => ({
    start: week.start,
    heading: `Week ${week.index + 1} · ${weekRange(week.start, week.end)}`,
    short: `Week ${week.index + 1}`,
    thisWeek: week.index === 0,
    cert: week.cert,
    code: week.cert ? (code.get(week.cert) ?? null) : null,
    hours: week.hours,
    overridden: week.overridden,
    defaultHours: week.cert ? (hours.get(week.cert) ?? null) : null,
    capacityMinutes: week.capacityMinutes,
    plannedMinutes: week.plannedMinutes,
    reservedMinutes: week.reservedMinutes,
    overByMinutes: week.overByMinutes,
    exams: week.exams.map((e) => ({ code: e.code, date: formatDayWithWeekday(e.date) })),
    reviewFor: week.reviewFor ? (code.get(week.reviewFor) ?? null) : null,
    items: week.entries.map((entry) => ({
      id: entry.itemId,
      title: title(entry.itemId),
      cert: entry.cert,
      minutes: entry.minutes,
      status: entry.status,
      pinned: entry.pinned,
      kind: entry.kind,
    })),
  }));
}

/** "Troubleshooting and Optimization (DVA-C03)": a focus domain's title and exam code. */
function focusDomainNames(ids: readonly string[]): string[] {
  const names: string[] = [];
  for (const id of ids) {
    for (const certification of Object.values(certifications)) {
      for (const version of certification.versions) {
        const domain = version.domains.find((d) => d.id === id);
        if (domain) names.push(`${domain.title} (${version.exam.code})`);
      }
    }
  }
  return [...new Set(names)];
}

function moveTargets(schedule: Schedule): MoveTargets {
  const out: MoveTargets = {};
  for (const plan of schedule.exams) {
    if (plan.firstWeek === null || plan.examWeek === null) continue;
    const first = dayNumber(schedule.thisWeek);
    const weeks: { start: string; label: string }[] = [];
    for (let w = plan.firstWeek; w <= plan.examWeek; w = addDays(w, 7)) {
      weeks.push({ start: w, label: `Week ${(dayNumber(w) - first) / 7 + 1} · ${formatDay(w)}` });
    }
    out[plan.cert] = weeks;
  }
  return out;
}

function missingText(plan: ExamPlan): string | null {
  switch (plan.state) {
    case "needs-date":
      return `Set your ${plan.code} exam date to plan the weeks up to it.`;
    case "needs-hours":
      return `Set how many hours a week you can study for ${plan.code}.`;
    case "past":
      return `Your ${plan.code} exam date (${formatDay(plan.examDate!)}) has passed. Set a new date to plan again.`;
    case "scheduled":
      return null;
  }
}

export default async function SchedulePage() {
  const user = await requireUser();
  const [rows, now] = await Promise.all([getScheduleRows(user.id, user.timeZone), requestNow()]);
  const schedule = planSchedule(rows, now, user.timeZone);
  const scheduled = schedule.exams.filter((plan) => plan.state === "scheduled");

  if (schedule.exams.length === 0 || scheduled.length === 0) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">Schedule</h1>
        <section
          aria-labelledby="schedule-empty-heading"
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-6"
        >
          <h2 id="schedule-empty-heading" className="text-lg font-semibold">
            {schedule.exams.length === 0 ? "Choose an exam first" : "Your schedule needs two things"}
          </h2>
          <p className="text-slate-700">
            The schedule plans every topic week by week up to your exam date, from the hours a week you can
            study and each topic&apos;s estimated minutes.
          </p>
          {schedule.exams.length === 0 ? (
            <p className="text-slate-700">You have no exam in your plan yet.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-slate-700">
              {schedule.exams.map((plan) => (
                <li key={plan.cert}>{missingText(plan)}</li>
              ))}
            </ul>
          )}
          <Link href="/onboarding" className={`inline-flex min-h-11 items-center ${linkClass}`}>
            {schedule.exams.length === 0 ? "Pick an exam" : "Set dates and hours"}
          </Link>
        </section>
      </div>
    );
  }

  const weeks = weekViews(schedule);
  const focus = focusDomainNames(schedule.focusDomains);
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">Schedule</h1>
        <p className="text-slate-700">
          Every topic, week by week, up to your exam: Step 1 first, then the domains that weigh most and where
          you have most left. The last week before each exam is kept for practice exams and review. Unfinished
          items move on to the next week by themselves. Weeks run Monday to Sunday in your time zone (
          {user.timeZone}).
        </p>
        {focus.length ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            Your last exam result was a fail, so the weeks put its weakest{" "}
            {focus.length === 1 ? "domain" : "domains"} first: {focus.join("; ")}.{" "}
            <Link href="/practice" className={linkClass}>
              Your results
            </Link>
          </p>
        ) : null}
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          <a
            href="/schedule/calendar.ics"
            download
            className={`inline-flex min-h-11 items-center ${linkClass}`}
          >
            Download calendar (.ics)
          </a>
          <Link href="/account#calendar-heading" className={`inline-flex min-h-11 items-center ${linkClass}`}>
            Subscribe from your calendar app
          </Link>
        </div>
      </div>

      <section aria-labelledby="exams-heading" className="space-y-4">
        <h2 id="exams-heading" className="sr-only">
          Your exams
        </h2>
        {schedule.exams.map((plan) => (
          <ExamSummary key={plan.cert} plan={plan} />
        ))}
      </section>

      <ScheduleWeeks weeks={weeks} targets={moveTargets(schedule)} />

      {schedule.exams.map((plan) =>
        plan.afterExam.length ? (
          <section
            key={plan.cert}
            aria-labelledby={`after-${plan.cert}-heading`}
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
          >
            <h2 id={`after-${plan.cert}-heading`} className="text-lg font-semibold">
              After the {plan.code} exam
            </h2>
            <p className="text-sm text-slate-700">
              Step 4 and optional items: worth doing once you have passed, so they are not planned before it
              and don&apos;t count towards it.
            </p>
            <ul className="space-y-1">
              {plan.afterExam.map((id) => (
                <li key={id}>
                  <Link href={itemHref(plan.cert, id)} className={linkClass}>
                    {title(id)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </div>
  );
}

function ExamSummary({ plan }: { plan: ExamPlan }) {
  const name = certifications[plan.cert].name;
  const missing = missingText(plan);
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <p className="text-lg font-semibold">
        {plan.code} <span className="font-normal text-slate-700">· {name}</span>
      </p>
      {missing ? (
        <p className="text-slate-700">
          {missing}{" "}
          <Link href="/onboarding" className={linkClass}>
            Set dates and hours
          </Link>
        </p>
      ) : (
        <p className="text-slate-700">
          Exam on {formatDayWithWeekday(plan.examDate!)} · {plan.weeklyHours} h a week ·{" "}
          {hoursOf(plan.remainingMinutes)} of study left
        </p>
      )}
      {plan.shortfall ? (
        <ShortfallNotice cert={plan.cert} code={plan.code} shortfall={plan.shortfall} />
      ) : null}
      {plan.unscheduled.length ? (
        <details className="text-sm">
          <summary className="cursor-pointer py-3 font-medium">
            {count(plan.unscheduled.length, "item")} ({hoursOf(plan.shortfall?.minutes ?? 0)}) do not fit
            before the exam
          </summary>
          <ul className="mt-2 space-y-1 pl-1">
            {plan.unscheduled.map((u) => (
              <li key={u.itemId}>
                <Link href={itemHref(plan.cert, u.itemId)} className={linkClass}>
                  {title(u.itemId)}
                </Link>{" "}
                <span className="text-slate-600">· {u.minutes} min</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
