"use client";

import { useState, type PointerEvent } from "react";

import {
  expandHeatmap,
  heatmapLegend,
  type CompactHeatmap,
  type HeatmapDay,
  type HeatmapLevel,
  type HeatmapWeek,
} from "@/lib/progress/heatmap";

import { count, dayOfMonth, formatDayWithWeekday, monthOf } from "@/app/_components/format";

/*
 * A client component on purpose: rendered from the 112 days' compact data, it costs the
 * server a fraction of the same markup sent as a server component (where every element
 * also travels in the RSC payload). One element per day; the look is in globals.css (.hm-*).
 *
 * The grid's ~130 cells are written as one HTML string (gridMarkup) rather than as React
 * elements: React then copies a string instead of creating, diffing and serialising an element
 * per day, which was a fifth of the dashboard's markup (ADR 036). Every value in the string is
 * ours (dates, counts, month names) and still goes through escapeHtml.
 */

function dayClass(level: HeatmapLevel, future: boolean, today: boolean): string {
  return `hm-day ${future ? "hm-future" : `hm-${level}`}${today ? " hm-today" : ""}`;
}

/** "5 items done", "2 items done and 3 reviews", "1 review", "No items done". */
function activityText(total: number, reviews: number): string {
  const ticks = total - reviews;
  if (total === 0) return "No items done";
  if (reviews === 0) return `${count(ticks, "item")} done`;
  if (ticks === 0) return count(reviews, "review");
  return `${count(ticks, "item")} done and ${count(reviews, "review")}`;
}

function cellLabel(day: HeatmapDay, today: string): string {
  const date = formatDayWithWeekday(day.date);
  if (day.future) return `${date}: still to come`;
  return `${activityText(day.count, day.reviews ?? 0)} on ${date}${day.date === today ? " (today)" : ""}`;
}

const WEEKDAY_LABELS = ["Mon", "", "Wed", "", "Fri", "", "Sun"];

/** Month names above the week columns: the first week that starts in a new month. */
function monthLabels(weeks: readonly HeatmapWeek[]): string[] {
  const labels = weeks.map((week) => {
    const monday = week[0]?.date;
    return monday && dayOfMonth(monday) <= 7 ? monthOf(monday) : "";
  });
  const firstMonday = weeks[0]?.[0]?.date;
  // Name the first column's month too, unless the next label would crowd it.
  if (firstMonday && labels[0] === "" && labels[1] === "" && labels[2] === "")
    labels[0] = monthOf(firstMonday);
  return labels;
}

const HINT = "Point at a day, or tap it, to see what you did that day.";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The grid's cells in column order (weekday labels, then per week its month label and seven days). */
export function gridMarkup(weeks: readonly HeatmapWeek[], today: string): string {
  const months = monthLabels(weeks);
  let html = '<span aria-hidden="true"></span>';
  for (const label of WEEKDAY_LABELS)
    html += `<span aria-hidden="true" class="self-center text-[10px] leading-none text-slate-600">${label}</span>`;
  weeks.forEach((week, index) => {
    html += `<span aria-hidden="true" class="hm-month">${escapeHtml(months[index] ?? "")}</span>`;
    for (const day of week) {
      const cls = dayClass(day.level, day.future, day.date === today);
      html += `<span role="img" aria-label="${escapeHtml(cellLabel(day, today))}" class="${cls}"></span>`;
    }
  });
  return html;
}

export function HeatmapWidget({ heatmap, today }: { heatmap: CompactHeatmap; today: string }) {
  const [detail, setDetail] = useState<string | null>(null);
  const weeks = expandHeatmap(heatmap, today);
  let total = 0;
  let reviews = 0;
  let activeDays = 0;
  for (const week of weeks) {
    for (const day of week) {
      total += day.count;
      reviews += day.reviews ?? 0;
      if (day.count > 0) activeDays++;
    }
  }

  // One listener for the whole grid: the day under the pointer names itself.
  const showDay = (event: PointerEvent<HTMLDivElement>) => {
    const day =
      event.target instanceof HTMLElement && event.target.getAttribute("role") === "img"
        ? event.target
        : null;
    const label = day?.getAttribute("aria-label");
    if (label) setDetail(label);
  };

  return (
    <section
      aria-labelledby="heatmap-heading"
      className="h-full space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <div className="space-y-1">
        <h2 id="heatmap-heading" className="text-lg font-semibold">
          Activity
        </h2>
        <p className="text-sm text-slate-700">
          {`${reviews === 0 ? `${count(total, "item")} done` : activityText(total, reviews)} on ${count(activeDays, "day")} in the last ${weeks.length} weeks.`}
        </p>
      </div>
      <div
        role="region"
        aria-label="Activity heatmap (scrolls sideways on small screens)"
        tabIndex={0}
        className="overflow-x-auto pb-1"
      >
        <div
          role="group"
          aria-labelledby="heatmap-caption"
          onPointerOver={showDay}
          onPointerDown={showDay}
          onPointerLeave={() => setDetail(null)}
          className="grid min-w-64 max-w-md grid-flow-col grid-rows-[auto_repeat(7,auto)] gap-[3px]"
          style={{ gridTemplateColumns: `1.75rem repeat(${weeks.length}, minmax(0, 1fr))` }}
          dangerouslySetInnerHTML={{ __html: gridMarkup(weeks, today) }}
        />
      </div>
      <p aria-hidden="true" className="min-h-5 text-sm text-slate-700">
        {detail ?? HINT}
      </p>
      <p id="heatmap-caption" className="text-sm text-slate-700">
        {`Items done per day, reviews included, over the last ${weeks.length} weeks: one column per week, Monday at the top.`}
      </p>
      <div className="space-y-1">
        <p id="heatmap-legend" className="text-sm font-medium">
          Legend
        </p>
        <ul
          aria-labelledby="heatmap-legend"
          className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-slate-700"
        >
          {heatmapLegend.map((entry) => (
            <li key={entry.level} className="flex items-center gap-1.5">
              <span className={`w-4 ${dayClass(entry.level, false, false)}`} />
              {entry.label}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span className={`w-4 ${dayClass(0, true, false)}`} />
            Days still to come
          </li>
        </ul>
      </div>
    </section>
  );
}
