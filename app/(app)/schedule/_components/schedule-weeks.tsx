"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, useTransition } from "react";

import type { ActionResult } from "@/lib/actions/result";
import { clearWeekHours, moveItem, setWeekHours, unpinItem } from "@/lib/actions/schedule";

import { hoursOf } from "@/app/_components/schedule/words";

import type { MoveTargets, WeekView } from "./schedule-types";
import { useHydrated } from "@/app/_components/use-hydrated";

const smallButton =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60";
const linkClass = "font-medium text-brand-700 underline hover:text-brand-600";

type Feedback = { ok: boolean; text: string } | null;

/** Runs a schedule action and keeps its outcome for the live region next to the control. */
function useAction() {
  const [pending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const run = (action: () => Promise<ActionResult<unknown>>, onOk?: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setFeedback({ ok: true, text: result.message ?? "Saved." });
        onOk?.();
      } else setFeedback({ ok: false, text: result.message });
    });
  return { pending, feedback, run };
}

function FeedbackLine({ feedback, pending, id }: { feedback: Feedback; pending: boolean; id?: string }) {
  // The live region stays in the page (so it is announced), empty until there is news.
  return (
    <p
      id={id}
      aria-live="polite"
      className={`text-sm ${feedback?.ok === false ? "text-red-700" : "text-slate-700"}`}
    >
      {pending ? "Saving…" : (feedback?.text ?? "")}
    </p>
  );
}

/** The weeks of /schedule, this week first. */

export function ScheduleWeeks({ weeks, targets }: { weeks: WeekView[]; targets: MoveTargets }) {
  const hydrated = useHydrated();
  return (
    <div className="space-y-4" data-hydrated={hydrated ? "" : undefined}>
      {weeks.map((week) => (
        <Week key={week.start} week={week} targets={targets} />
      ))}
    </div>
  );
}

const STATUS_BADGE = { done: "Done", in_progress: "In progress", todo: null, skipped: null } as const;

function Week({ week, targets }: { week: WeekView; targets: MoveTargets }) {
  const headingId = `week-${week.start}-heading`;
  const usage =
    week.cert === null
      ? "Between exam plans"
      : `${hoursOf(week.plannedMinutes)} planned of ${hoursOf(week.capacityMinutes)}`;
  return (
    <section
      id={`week-${week.start}`}
      aria-labelledby={headingId}
      className={`space-y-3 rounded-lg border bg-white p-4 sm:p-6 ${week.thisWeek ? "border-brand-600" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-lg font-semibold">
          {week.heading}
        </h2>
        <p className="text-sm text-slate-700 tabular-nums">{usage}</p>
      </div>
      {week.thisWeek || week.exams.length || week.reviewFor || week.overridden ? (
        <ul aria-label={`About ${week.short}`} className="flex flex-wrap gap-2 text-sm">
          {week.thisWeek ? <Badge tone="brand">This week</Badge> : null}
          {week.exams.map((exam) => (
            <li key={exam.code} className="flex flex-wrap items-center gap-2">
              <span className="rounded-full border border-red-300 bg-red-50 px-2.5 py-0.5 font-semibold text-red-900">
                {exam.code} exam
              </span>
              <span className="text-slate-700">{exam.date}</span>
            </li>
          ))}
          {week.reviewFor ? (
            <Badge tone="amber">{`Practice exams and review for ${week.reviewFor}`}</Badge>
          ) : null}
          {week.overridden ? (
            <Badge tone="slate">{week.hours === 0 ? "Week off (0 h)" : `${week.hours} h this week`}</Badge>
          ) : null}
        </ul>
      ) : null}
      {week.reservedMinutes > 0 ? (
        <p className="text-sm text-slate-700">
          {hoursOf(week.reservedMinutes)} kept for reviewing what you learnt.
        </p>
      ) : null}
      {week.overByMinutes > 0 ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          Over this week&apos;s hours by {hoursOf(week.overByMinutes)}: move an item to another week or give
          this week more hours.
        </p>
      ) : null}
      {week.items.length ? (
        <ul aria-label={`Items in ${week.short}`} className="divide-y divide-slate-100">
          {week.items.map((item) => (
            <ItemRow key={item.id} item={item} week={week} targets={targets[item.cert] ?? []} />
          ))}
        </ul>
      ) : week.cert ? (
        <p className="text-sm text-slate-700">
          {week.exams.length && !week.reviewFor
            ? "Exam week: nothing new, a last look at your notes."
            : week.capacityMinutes === 0
              ? "A week off: nothing planned."
              : "Nothing planned."}
        </p>
      ) : null}
      {week.cert ? <WeekHoursForm week={week} /> : null}
    </section>
  );
}

function Badge({ children, tone }: { children: string; tone: "brand" | "amber" | "slate" }) {
  const tones = {
    brand: "border-brand-600 bg-brand-50 text-brand-700",
    amber: "border-amber-300 bg-amber-50 text-amber-950",
    slate: "border-slate-300 bg-slate-50 text-slate-800",
  };
  return <li className={`rounded-full border px-2.5 py-0.5 font-medium ${tones[tone]}`}>{children}</li>;
}

function ItemRow({
  item,
  week,
  targets,
}: {
  item: WeekView["items"][number];
  week: WeekView;
  targets: { start: string; label: string }[];
}) {
  const [moving, setMoving] = useState(false);
  const { pending, feedback, run } = useAction();
  const selectId = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const moveRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // Keyboard focus follows the control: into the week list when it opens, back to the button when it closes.
  useEffect(() => {
    if (moving) selectRef.current?.focus();
    else if (opened.current) moveRef.current?.focus();
    opened.current = moving;
  }, [moving]);
  const done = item.status === "done";
  const others = targets.filter((t) => t.start !== week.start);
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-2 py-2">
      <div className="flex min-w-0 flex-1 basis-64 flex-wrap items-center gap-x-3 gap-y-1">
        <Link
          href={`/plan/${item.cert}#item-${item.id}`}
          className={`flex min-h-11 min-w-0 flex-1 items-center break-words ${done ? "text-slate-600 line-through" : linkClass}`}
        >
          {item.title}
        </Link>
        <span className="shrink-0 text-sm text-slate-600 tabular-nums">{item.minutes} min</span>
        {STATUS_BADGE[item.status] ? (
          <span className="shrink-0 rounded-full border border-slate-300 bg-slate-50 px-2 py-0.5 text-xs font-medium">
            {STATUS_BADGE[item.status]}
          </span>
        ) : null}
        {item.kind === "review" ? (
          <span className="shrink-0 rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-950">
            Practice exam
          </span>
        ) : null}
        {item.pinned ? (
          <span className="shrink-0 rounded-full border border-brand-600 bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">
            Moved here
          </span>
        ) : null}
      </div>
      {done ? null : (
        <div className="flex flex-wrap items-center gap-2 sm:justify-end">
          {moving ? (
            <form
              className="flex flex-wrap items-center gap-2"
              onSubmit={(event) => {
                event.preventDefault();
                const week = String(new FormData(event.currentTarget).get("week") ?? "");
                run(
                  () => moveItem({ itemId: item.id, week }),
                  () => setMoving(false),
                );
              }}
            >
              <label htmlFor={selectId} className="text-sm">
                Move to
              </label>
              <select
                ref={selectRef}
                id={selectId}
                name="week"
                defaultValue={others[0]?.start}
                className="min-h-11 rounded-md border border-slate-300 bg-white px-2 text-sm"
              >
                {others.map((t) => (
                  <option key={t.start} value={t.start}>
                    {t.label}
                  </option>
                ))}
              </select>
              <button type="submit" className={smallButton} disabled={pending}>
                Move<span className="sr-only"> {item.title}</span>
              </button>
              <button type="button" className={smallButton} onClick={() => setMoving(false)}>
                Cancel
              </button>
            </form>
          ) : (
            <>
              {others.length ? (
                <button
                  ref={moveRef}
                  type="button"
                  className={smallButton}
                  aria-label={`Move to another week: ${item.title}`}
                  onClick={() => setMoving(true)}
                >
                  Move
                </button>
              ) : null}
              {item.pinned ? (
                <button
                  type="button"
                  className={smallButton}
                  disabled={pending}
                  aria-label={`Let the schedule place it: ${item.title}`}
                  onClick={() => run(() => unpinItem({ itemId: item.id }))}
                >
                  Let the schedule place it
                </button>
              ) : null}
            </>
          )}
          <FeedbackLine feedback={feedback} pending={pending} />
        </div>
      )}
    </li>
  );
}

function WeekHoursForm({ week }: { week: WeekView }) {
  const { pending, feedback, run } = useAction();
  const inputId = useId();
  const errorId = useId();
  const invalid = feedback?.ok === false;
  // The field follows the saved hours when they change (saved here, or reset with "Back to …").
  const [value, setValue] = useState(String(week.hours));
  const [shown, setShown] = useState(week.hours);
  if (shown !== week.hours) {
    setShown(week.hours);
    setValue(String(week.hours));
  }
  return (
    <form
      className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => setWeekHours({ week: week.start, hours: value }));
      }}
    >
      <div className="flex items-center gap-2">
        <label htmlFor={inputId} className="text-sm font-medium">
          Study hours in {week.short.toLowerCase()}
        </label>
        <input
          id={inputId}
          name="hours"
          type="number"
          inputMode="numeric"
          min={0}
          max={80}
          step={1}
          required
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={errorId}
          className="min-h-11 w-24 rounded-md border border-slate-300 px-2"
        />
      </div>
      <button type="submit" className={smallButton} disabled={pending}>
        Save hours<span className="sr-only"> for {week.short.toLowerCase()}</span>
      </button>
      {week.overridden && week.defaultHours !== null ? (
        <button
          type="button"
          className={smallButton}
          disabled={pending}
          onClick={() => run(() => clearWeekHours({ week: week.start }))}
        >
          Back to {week.defaultHours} h<span className="sr-only"> in {week.short.toLowerCase()}</span>
        </button>
      ) : null}
      <FeedbackLine feedback={feedback} pending={pending} id={errorId} />
    </form>
  );
}
