import {
  ExamCardSkeleton,
  HeatmapSkeleton,
  RecentSkeleton,
  SkillsSkeleton,
  StreakSkeleton,
} from "@/app/_components/dashboard/skeletons";

/** Shown while the dashboard loads: each widget's shape, without content. */
export default function DashboardLoading() {
  return (
    <div aria-busy="true" className="space-y-8">
      <p role="status" className="sr-only">
        Loading your dashboard…
      </p>
      <div aria-hidden="true" className="space-y-2">
        <div className="h-8 w-40 animate-pulse rounded bg-slate-200 motion-reduce:animate-none" />
        <div className="h-4 w-full max-w-lg animate-pulse rounded bg-slate-200 motion-reduce:animate-none" />
      </div>
      <ExamCardSkeleton />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <StreakSkeleton />
        <HeatmapSkeleton />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <SkillsSkeleton />
        <RecentSkeleton />
      </div>
    </div>
  );
}
