import { certifications } from "@/lib/curriculum";
import { CERT_IDS, type CertId } from "@/lib/curriculum/types";
import type { Dashboard } from "@/lib/progress/dashboard";
import { dayKey } from "@/lib/progress/days";

import { ExamCard } from "./exam-card";
import { HeatmapWidget } from "./heatmap-widget";
import { RecentWidget } from "./recent-widget";
import { SkillsWidget } from "./skills-widget";
import { StreakWidget } from "./streak-widget";
import { Widget } from "./widget";

function otherExam(cert: CertId) {
  const other = CERT_IDS.find((c) => c !== cert) ?? cert;
  return { cert: other, name: certifications[other].name };
}

/** The dashboard's widgets, shared by /dashboard and the public progress page. */
export function DashboardView({
  d,
  timeZone,
  now,
  readOnly = false,
}: {
  d: Dashboard;
  timeZone: string;
  now: Date;
  readOnly?: boolean;
}) {
  return (
    <>
      {d.exams.map((exam) => (
        <ExamCard
          key={exam.cert}
          exam={exam}
          other={otherExam(exam.cert)}
          enrolledBoth={d.enrolledBoth}
          readOnly={readOnly}
        />
      ))}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <Widget title="Study streak" level={2}>
          <StreakWidget streaks={d.streaks} timeZone={timeZone} />
        </Widget>
        <Widget title="Activity" level={2}>
          <HeatmapWidget weeks={d.heatmap} today={dayKey(now, timeZone)} />
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
          <RecentWidget recent={d.recent} now={now} timeZone={timeZone} />
        </Widget>
      </div>
    </>
  );
}
