import type { Metadata } from "next";

import { requireUser } from "@/lib/auth";
import { certifications, items, skillAreas, steps } from "@/lib/curriculum";
import { CERT_IDS, type CertId } from "@/lib/curriculum/types";
import { getDashboardInput } from "@/lib/data/dashboard";
import { buildDashboard } from "@/lib/progress/dashboard";
import { dayKey } from "@/lib/progress/days";

import { ExamCard } from "./_components/exam-card";
import { count } from "./_components/format";
import { GetStarted } from "./_components/get-started";
import { HeatmapWidget } from "./_components/heatmap-widget";
import { RecentWidget } from "./_components/recent-widget";
import { SkillsWidget } from "./_components/skills-widget";
import { StreakWidget } from "./_components/streak-widget";
import { Widget } from "./_components/widget";

export const metadata: Metadata = { title: "Dashboard" };

function otherExam(cert: CertId) {
  const other = CERT_IDS.find((c) => c !== cert) ?? cert;
  return { cert: other, name: certifications[other].name };
}

export default async function DashboardPage() {
  const user = await requireUser();
  // The dashboard's only read: one SQL statement (plus the session check above).
  const input = await getDashboardInput(user.id, user.timeZone);
  const now = new Date();
  const d = buildDashboard({ ...input, now }, { items, certifications, steps, skillAreas });

  if (d.exams.length === 0) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">Dashboard</h1>
        <GetStarted />
      </div>
    );
  }

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Dashboard</h1>
        <p className="text-slate-700">
          {d.totalDone === 0
            ? "Nothing done yet: open your plan and tick off the first item."
            : `${count(d.totalDone, "item")} done so far.`}{" "}
          Days and times are in your time zone ({input.timeZone}).
        </p>
      </div>

      {d.exams.map((exam) => (
        <ExamCard key={exam.cert} exam={exam} other={otherExam(exam.cert)} enrolledBoth={d.enrolledBoth} />
      ))}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <Widget title="Study streak" level={2}>
          <StreakWidget streaks={d.streaks} timeZone={input.timeZone} />
        </Widget>
        <Widget title="Activity" level={2}>
          <HeatmapWidget weeks={d.heatmap} today={dayKey(now, input.timeZone)} />
        </Widget>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Widget title="Skills" level={2}>
          <SkillsWidget
            skills={d.skills}
            exams={d.exams.map((exam) => ({ cert: exam.cert, shortName: certifications[exam.cert].shortName }))}
          />
        </Widget>
        <Widget title="Recent activity" level={2}>
          <RecentWidget recent={d.recent} now={now} timeZone={input.timeZone} />
        </Widget>
      </div>
    </div>
  );
}
