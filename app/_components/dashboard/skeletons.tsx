"use client";

import type { ReactNode } from "react";

/**
 * Placeholders shaped like each widget, for loading.tsx. Kept small: few elements. A client
 * module although nothing here is interactive: the server sends one reference instead of
 * every placeholder's markup twice (HTML and RSC payload) on each dashboard request.
 */

function Block({ className }: { className: string }) {
  return <div className={`rounded bg-slate-200 ${className}`} />;
}

function Pulse({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <div aria-hidden="true" className={`animate-pulse motion-reduce:animate-none ${className}`}>
      {children}
    </div>
  );
}

export function ProgressSkeleton() {
  return (
    <Pulse className="space-y-3">
      <Block className="h-5 w-28" />
      <Block className="h-3 w-full rounded-full" />
      <Block className="h-4 w-48" />
      {[0, 1, 2, 3].map((row) => (
        <div key={row} className="space-y-1.5 pt-1">
          <Block className="h-4 w-3/4" />
          <Block className="h-2 w-full rounded-full" />
        </div>
      ))}
    </Pulse>
  );
}

export function ReadinessSkeleton() {
  return (
    <Pulse className="space-y-3">
      <Block className="h-5 w-28" />
      <Block className="h-8 w-20" />
      {[0, 1, 2, 3].map((row) => (
        <div key={row} className="space-y-1.5">
          <Block className="h-4 w-5/6" />
          <Block className="h-2 w-full rounded-full" />
        </div>
      ))}
      <Block className="h-4 w-2/3" />
    </Pulse>
  );
}

export function ListSkeleton({ rows = 3 }: { rows?: number }) {
  return (
    <Pulse className="space-y-3">
      <Block className="h-5 w-24" />
      {Array.from({ length: rows }, (_, row) => (
        <Block key={row} className="h-10 w-full rounded-md" />
      ))}
    </Pulse>
  );
}

export function PaceSkeleton() {
  return (
    <Pulse className="space-y-3">
      <Block className="h-5 w-16" />
      <Block className="h-5 w-2/3" />
      <div className="grid grid-cols-2 gap-3">
        {[0, 1, 2, 3].map((cell) => (
          <div key={cell} className="space-y-1">
            <Block className="h-3 w-20" />
            <Block className="h-5 w-12" />
          </div>
        ))}
      </div>
    </Pulse>
  );
}

export function LineSkeleton() {
  return (
    <Pulse className="space-y-2">
      <Block className="h-5 w-40" />
      <Block className="h-4 w-full" />
    </Pulse>
  );
}

/** The whole card of one exam: header, then its five parts. */
export function ExamCardSkeleton() {
  return (
    <div className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <Pulse className="space-y-2">
        <Block className="h-4 w-32" />
        <Block className="h-7 w-full max-w-md" />
      </Pulse>
      <div className="grid gap-8 lg:grid-cols-2">
        <ProgressSkeleton />
        <ReadinessSkeleton />
        <ListSkeleton />
        <PaceSkeleton />
        <div className="lg:col-span-2">
          <LineSkeleton />
        </div>
      </div>
    </div>
  );
}

function WidgetFrame({ children }: { children: ReactNode }) {
  return <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">{children}</div>;
}

export function StreakSkeleton() {
  return (
    <WidgetFrame>
      <Pulse className="space-y-4">
        <Block className="h-6 w-32" />
        <div className="flex gap-8">
          <Block className="h-12 w-20" />
          <Block className="h-12 w-20" />
        </div>
        <Block className="h-4 w-full" />
      </Pulse>
    </WidgetFrame>
  );
}

export function HeatmapSkeleton() {
  return (
    <WidgetFrame>
      <Pulse className="space-y-4">
        <Block className="h-6 w-24" />
        <Block className="h-4 w-2/3" />
        {/* 16 × 7 squares drawn by a background pattern rather than 112 elements. */}
        <div
          className="ml-8 aspect-[16/7] max-w-md bg-slate-200"
          style={{
            backgroundImage: "linear-gradient(90deg, white 3px, transparent 3px), linear-gradient(white 3px, transparent 3px)",
            backgroundSize: "6.25% 14.2857%",
          }}
        />
        <Block className="h-4 w-3/4" />
      </Pulse>
    </WidgetFrame>
  );
}

export function SkillsSkeleton() {
  return (
    <WidgetFrame>
      <Pulse className="space-y-3">
        <Block className="h-6 w-20" />
        <Block className="h-4 w-3/4" />
        {Array.from({ length: 7 }, (_, row) => (
          <div key={row} className="grid grid-cols-3 gap-3">
            <Block className="h-5" />
            <Block className="h-5" />
            <Block className="h-5" />
          </div>
        ))}
      </Pulse>
    </WidgetFrame>
  );
}

export function RecentSkeleton() {
  return (
    <WidgetFrame>
      <Pulse className="space-y-3">
        <Block className="h-6 w-40" />
        {Array.from({ length: 6 }, (_, row) => (
          <div key={row} className="space-y-1">
            <Block className="h-4 w-5/6" />
            <Block className="h-3 w-1/2" />
          </div>
        ))}
      </Pulse>
    </WidgetFrame>
  );
}

/** The whole dashboard while it loads: each widget's shape, without content. */
export function DashboardSkeleton() {
  return (
    <div aria-busy="true" className="space-y-8">
      <p role="status" className="sr-only">
        Loading your dashboard…
      </p>
      <Pulse className="space-y-2">
        <Block className="h-8 w-40" />
        <Block className="h-4 w-full max-w-lg" />
      </Pulse>
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
