"use client";

import { Fragment } from "react";

import { CERT_IDS, type CertId } from "@/lib/curriculum/types";
import type { Dashboard } from "@/lib/progress/dashboard";
import type { CompactHeatmap } from "@/lib/progress/heatmap";

import { PracticeCard } from "@/app/_components/practice/practice-card";

import { ExamCard } from "./exam-card";
import { HeatmapWidget } from "./heatmap-widget";
import { RecentWidget, type RecentEntry, type RecentReviewEntry } from "./recent-widget";
import { ReviewWidget } from "./review-widget";
import { SkillsWidget } from "./skills-widget";
import { StreakWidget } from "./streak-widget";
import { Widget } from "./widget";

export type { RecentEntry };
export type CertNames = Record<CertId, { name: string; shortName: string }>;

/** Every widget of the dashboard, from the figures DashboardView prepared on the server. */
export function DashboardWidgets({
  exams,
  enrolledBoth,
  streaks,
  heatmap,
  skills,
  recent,
  reviews,
  reviewsDue,
  nextReviewText,
  names,
  today,
  timeZone,
  readOnly,
}: Pick<Dashboard, "exams" | "enrolledBoth" | "streaks" | "skills"> & {
  heatmap: CompactHeatmap;
  recent: RecentEntry[];
  reviews: RecentReviewEntry[];
  reviewsDue: number;
  /** When the next card is due, worded; null when none is scheduled. */
  nextReviewText: string | null;
  names: CertNames;
  /** Today in the user's time zone, "YYYY-MM-DD". */
  today: string;
  /** Named under the streak; left out on the public page. */
  timeZone?: string;
  readOnly: boolean;
}) {
  return (
    <>
      {readOnly ? null : (
        <Widget title="Spaced review" level={2}>
          <ReviewWidget due={reviewsDue} nextText={nextReviewText} />
        </Widget>
      )}
      {exams.map((exam) => {
        const other = CERT_IDS.find((c) => c !== exam.cert) ?? exam.cert;
        return (
          <Fragment key={exam.cert}>
            <ExamCard
              exam={exam}
              other={{ cert: other, name: names[other].name }}
              enrolledBoth={enrolledBoth}
              readOnly={readOnly}
            />
            <PracticeCard
              card={exam.practice}
              examName={names[exam.cert].shortName}
              examDate={exam.targetDate}
              readOnly={readOnly}
            />
          </Fragment>
        );
      })}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <Widget title="Study streak" level={2}>
          <StreakWidget streaks={streaks} timeZone={timeZone} />
        </Widget>
        <Widget title="Activity" level={2}>
          <HeatmapWidget heatmap={heatmap} today={today} />
        </Widget>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Widget title="Skills" level={2}>
          <SkillsWidget
            skills={skills}
            exams={exams.map((exam) => ({ cert: exam.cert, shortName: names[exam.cert].shortName }))}
          />
        </Widget>
        <Widget title="Recent activity" level={2}>
          <RecentWidget recent={recent} reviews={reviews} />
        </Widget>
      </div>
    </>
  );
}
