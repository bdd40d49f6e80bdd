import type { ReactNode } from "react";

import { progressValueText } from "@/app/_components/format";
import { ProgressBar } from "@/app/_components/progress-bar";
import type { Progress } from "@/lib/progress/percent";

/** Ids of a section's parts: the navigator and the item links aim at them. */
export const sectionIds = (id: string) => ({
  section: `step-${id}`,
  heading: `step-${id}-heading`,
  toggle: `step-${id}-toggle`,
  region: `step-${id}-items`,
});

export interface SectionInfo {
  id: string;
  /** "Step 1: Cloud fundamentals…" or "Study tips": the heading and the progress bar's name. */
  title: string;
  /** What the navigator shows: "1", "2", …, "Tips". */
  short: string;
  progress: Progress;
}

/**
 * One collapsible section of the plan (a learning step or the study tips): an h2 holding a
 * disclosure button (Enter and Space open and close it), the section's progress, and, only while
 * open, its items. A closed section costs a heading and a bar: its rows are not rendered.
 */
export function PlanSection({
  info,
  open,
  onToggle,
  children,
}: {
  info: SectionInfo;
  open: boolean;
  onToggle: (id: string, open: boolean) => void;
  /** The description and the items, rendered only while open. */
  children: () => ReactNode;
}) {
  const ids = sectionIds(info.id);
  const { progress } = info;
  return (
    <section id={ids.section} aria-labelledby={ids.heading} className="scroll-mt-16 space-y-2">
      <h2 id={ids.heading} className="text-lg font-semibold sm:text-xl">
        <button
          id={ids.toggle}
          type="button"
          aria-expanded={open}
          aria-controls={open ? ids.region : undefined}
          onClick={() => onToggle(info.id, !open)}
          className="flex min-h-11 w-full items-center gap-3 rounded-md text-left hover:bg-slate-100"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className={`size-5 shrink-0 text-slate-600 transition-transform motion-reduce:transition-none ${open ? "" : "-rotate-90"}`}
          >
            <path d="M5 7.5 10 12.5 15 7.5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          <span className="min-w-0 flex-1">{info.title}</span>
          <span className="shrink-0 text-sm font-normal tabular-nums text-slate-600">
            <span className="sr-only">, </span>
            {`${progress.done}/${progress.counted}`}
            <span className="sr-only"> done</span>
          </span>
        </button>
      </h2>
      <ProgressBar
        label={`${info.title} progress`}
        percent={progress.percent}
        valueText={progressValueText(progress)}
        size="sm"
      />
      {open ? (
        <div id={ids.region} className="space-y-3 pt-1">
          {children()}
        </div>
      ) : null}
    </section>
  );
}

/**
 * The sticky step navigator: one link per section with its done/total; following one opens the
 * section and moves focus to its heading button. One line on phones (scrolls sideways if needed).
 */
export function SectionNav({
  sections,
  onJump,
}: {
  sections: readonly SectionInfo[];
  onJump: (id: string) => void;
}) {
  return (
    <nav
      aria-label="Steps"
      className="sticky top-0 z-20 -mx-4 border-b border-slate-200 bg-white px-4 py-1 sm:mx-0 sm:rounded-lg sm:border sm:px-2"
    >
      <ol className="flex gap-0.5 overflow-x-auto sm:gap-1">
        {sections.map((info) => (
          <li key={info.id} className="shrink-0">
            <a
              href={`#${sectionIds(info.id).section}`}
              onClick={(event) => {
                event.preventDefault();
                onJump(info.id);
              }}
              className="inline-flex min-h-11 items-center gap-1 whitespace-nowrap rounded-md px-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 sm:min-h-9 sm:gap-1.5 sm:px-2.5"
            >
              {info.short === "Tips" ? (
                "Tips"
              ) : (
                <>
                  {/* "Step 1" to a screen reader; a numbered dot on phones, "Step 1" from sm up. */}
                  <span className="sr-only sm:not-sr-only">Step</span>{" "}
                  <span className="inline-flex size-6 items-center justify-center rounded-full bg-slate-200 text-xs sm:size-auto sm:bg-transparent sm:text-sm">
                    {info.short}
                  </span>
                </>
              )}{" "}
              <span className="font-normal tabular-nums text-slate-600">{`${info.progress.done}/${info.progress.counted}`}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
