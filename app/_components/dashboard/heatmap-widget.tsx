import { heatmapLegend, type HeatmapDay, type HeatmapLevel, type HeatmapWeek } from "@/lib/progress/heatmap";

import { count, dayOfMonth, formatDayWithWeekday, monthOf } from "./format";

// Levels differ in the size of the filled square as well as its shade, so they read
// without colour; the legend spells out the counts.
const FILL: Record<HeatmapLevel, string> = {
  0: "",
  1: "size-2/5 bg-brand-600/45",
  2: "size-3/5 bg-brand-600/65",
  3: "size-4/5 bg-brand-600/85",
  4: "size-full bg-brand-700",
};

function Cell({ level, future = false, today = false }: { level: HeatmapLevel; future?: boolean; today?: boolean }) {
  const frame = future
    ? "border-dashed border-slate-300 bg-transparent"
    : level === 0
      ? "border-slate-200 bg-slate-50"
      : "border-brand-600/30 bg-white";
  return (
    <span
      className={`flex aspect-square w-full items-center justify-center rounded-sm border ${frame} ${
        today ? "outline-2 outline-offset-1 outline-ink" : ""
      }`}
    >
      {!future && level > 0 ? <span className={`block rounded-[1px] ${FILL[level]}`} /> : null}
    </span>
  );
}

function cellLabel(day: HeatmapDay, today: string): string {
  const date = formatDayWithWeekday(day.date);
  if (day.future) return `${date}: still to come`;
  const done = day.count === 0 ? "No items done" : `${count(day.count, "item")} done`;
  return `${done} on ${date}${day.date === today ? " (today)" : ""}`;
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
  if (firstMonday && labels[0] === "" && labels[1] === "" && labels[2] === "") labels[0] = monthOf(firstMonday);
  return labels;
}

export function HeatmapWidget({ weeks, today }: { weeks: HeatmapWeek[]; today: string }) {
  const total = weeks.reduce((sum, week) => sum + week.reduce((s, day) => s + day.count, 0), 0);
  const activeDays = weeks.reduce((sum, week) => sum + week.filter((day) => day.count > 0).length, 0);
  const months = monthLabels(weeks);
  return (
    <section aria-labelledby="heatmap-heading" className="h-full space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <div className="space-y-1">
        <h2 id="heatmap-heading" className="text-lg font-semibold">
          Activity
        </h2>
        <p className="text-sm text-slate-700">
          {count(total, "item")} done on {count(activeDays, "day")} in the last {weeks.length} weeks.
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
          className="grid min-w-64 max-w-md grid-flow-col grid-rows-[auto_repeat(7,auto)] gap-[3px]"
          style={{ gridTemplateColumns: `1.75rem repeat(${weeks.length}, minmax(0, 1fr))` }}
        >
          <span aria-hidden="true" />
          {WEEKDAY_LABELS.map((label, index) => (
            <span key={index} aria-hidden="true" className="self-center text-[10px] leading-none text-slate-600">
              {label}
            </span>
          ))}
          {weeks.map((week, index) => (
            <WeekColumn key={week[0]?.date ?? index} week={week} month={months[index] ?? ""} today={today} />
          ))}
        </div>
      </div>
      <p id="heatmap-caption" className="text-sm text-slate-700">
        Items done per day over the last {weeks.length} weeks: one column per week, Monday at the top.
      </p>
      <div className="space-y-1">
        <p id="heatmap-legend" className="text-sm font-medium">
          Legend
        </p>
        <ul aria-labelledby="heatmap-legend" className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-slate-700">
          {heatmapLegend.map((entry) => (
            <li key={entry.level} className="flex items-center gap-1.5">
              <span className="w-4">
                <Cell level={entry.level} />
              </span>
              {entry.label}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span className="w-4">
              <Cell level={0} future />
            </span>
            Days still to come
          </li>
        </ul>
      </div>
    </section>
  );
}

function WeekColumn({ week, month, today }: { week: HeatmapWeek; month: string; today: string }) {
  return (
    <>
      <span aria-hidden="true" className="h-3 overflow-visible whitespace-nowrap text-[10px] leading-none text-slate-600">
        {month}
      </span>
      {week.map((day) => {
        const label = cellLabel(day, today);
        return (
          <span key={day.date} role="img" aria-label={label} title={label} className="block">
            <Cell level={day.level} future={day.future} today={day.date === today} />
          </span>
        );
      })}
    </>
  );
}
