"use client";

import { LoadingRegion } from "@/app/_components/loading-region";

/**
 * The dashboard's loading state (loading.tsx): every widget's frame and shape, with its
 * lines drawn by CSS (.sk-lines in globals.css) instead of one element per line, because
 * each full page load renders this before the data too. A client module although nothing
 * here is interactive: the server sends one reference instead of this markup twice (HTML
 * and RSC payload).
 */

function Lines({ rows, className = "" }: { rows: number; className?: string }) {
  return <div className={`sk-lines ${className}`} style={{ height: `${rows * 1.5 - 0.75}rem` }} />;
}

function Frame({ title, rows, className = "" }: { title: string; rows: number; className?: string }) {
  return (
    <div className={`space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6 ${className}`}>
      <div className={`sk-block h-6 ${title}`} />
      <Lines rows={rows} />
    </div>
  );
}

export function DashboardSkeleton() {
  return (
    <LoadingRegion label="Loading your dashboard…">
      <div className="space-y-2">
        <div className="sk-block h-8 w-40" />
        <div className="sk-block h-4 w-full max-w-lg" />
      </div>
      {/* Spaced review: "N reviews due". */}
      <div className="sk-block h-16 w-full" />
      {/* One exam: header, then progress, readiness, next up, pace and overlap. */}
      <div className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <div className="sk-block h-11 w-full max-w-md" />
        <div className="grid gap-8 lg:grid-cols-2">
          <Lines rows={9} />
          <Lines rows={9} />
          <Lines rows={4} />
          <Lines rows={4} />
          <Lines rows={2} className="lg:col-span-2" />
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <Frame title="w-32" rows={4} />
        {/* The 16 × 7 days as a background pattern rather than 112 elements. */}
        <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <div className="sk-block h-6 w-24" />
          <div className="sk-grid ml-8 aspect-[16/7] max-w-md" />
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Frame title="w-20" rows={8} />
        <Frame title="w-40" rows={8} />
      </div>
    </LoadingRegion>
  );
}
