"use client";

import {
  Suspense,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { flushSync } from "react-dom";

import type { ExamDomain, ItemStatus, LearningStep, TipGroup } from "@/lib/curriculum/types";
import { itemsOfStep, stepProgress } from "@/lib/progress/percent";
import { readiness } from "@/lib/progress/readiness";

import { ChecklistItem, detailsIdFor, noteIdFor, type DomainLookup } from "./checklist-item";
import { usePlanCache, useStatusMutation, type StatusChange } from "./plan-cache";
import { progressValueText } from "@/app/_components/format";
import { ProgressBar } from "@/app/_components/progress-bar";
import { ShortcutsDialog, type ShortcutsDialogHandle } from "./shortcuts-dialog";
import {
  STATUS_LABELS,
  asProgressItems,
  statusIn,
  type NoteRecord,
  type PlanItem,
  type StatusRecord,
} from "./plan-types";

type Filter = "all" | "todo" | "done";

const FILTER_LABELS: Record<Filter, string> = { all: "All", todo: "To do", done: "Done" };

const SHORTCUT_STATUS: ReadonlyMap<string, ItemStatus> = new Map([
  ["i", "in_progress"],
  ["s", "skipped"],
  ["u", "todo"],
]);

export interface PlanChecklistProps {
  examCode: string;
  examShortName: string;
  /** The signed-in user, so a cache left by someone else in this tab is never shown. */
  ownerId: string;
  /** Identifies this server render's statuses and notes. */
  snapshotId: string;
  statuses: StatusRecord;
  notes: NoteRecord;
  readOnly: boolean;
  /** This exam's items (shared ones included), in path order. */
  items: PlanItem[];
  steps: LearningStep[];
  /** Tip groups that have items for this exam. */
  tipGroups: TipGroup[];
  domains: ExamDomain[];
  /** Ids of items that count for both exams. */
  sharedIds: string[];
  /** The "How we count" note, rendered on the server. */
  howWeCount: ReactNode;
}

const subscribeToNothing = () => () => {};

function matchesFilter(status: ItemStatus, filter: Filter): boolean {
  if (filter === "done") return status === "done";
  if (filter === "todo") return status === "todo" || status === "in_progress";
  return true;
}

function matchesSearch(item: PlanItem, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [item.title, item.summary, ...item.services].join(" ").toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** Typing in these must never trigger a shortcut. */
function isTextEntry(element: HTMLElement): boolean {
  if (element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) {
    return !["checkbox", "radio", "button", "submit", "reset"].includes(element.type);
  }
  return false;
}

export function PlanChecklist({
  examCode,
  examShortName,
  ownerId,
  snapshotId,
  statuses: serverStatuses,
  notes: serverNotes,
  readOnly,
  items,
  steps,
  tipGroups,
  domains,
  sharedIds,
  howWeCount,
}: PlanChecklistProps) {
  const { statuses, notes } = usePlanCache({
    ownerId,
    snapshotId,
    statuses: serverStatuses,
    notes: serverNotes,
  });
  const { setStatus, failures, dismissFailure } = useStatusMutation();
  const [filter, setFilter] = useState<Filter>("all");
  const [search, setSearch] = useState("");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const listRef = useRef<HTMLDivElement>(null);
  const shortcuts = useRef<ShortcutsDialogHandle>(null);
  const searchId = useId();
  // False in the server HTML and during hydration, true once React handles events.
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );

  const progressItems = useMemo(() => asProgressItems(items), [items]);
  const statusMap = useMemo(() => new Map(Object.entries(statuses)), [statuses]);
  const shared = useMemo(() => new Set(sharedIds), [sharedIds]);
  const titles = useMemo(() => new Map(items.map((item) => [item.id, item.title])), [items]);
  const lookup = useMemo<DomainLookup>(
    () => ({
      domains: new Map(domains.map((d) => [d.id, `${d.title} (${d.weight}%)`])),
      taskStatements: new Map(domains.flatMap((d) => d.taskStatements.map((t) => [t.id, t.title] as const))),
    }),
    [domains],
  );

  const overall = stepProgress(progressItems, statusMap);
  const ready = readiness(progressItems, statusMap, domains);

  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const visible = items.filter(
    (item) => matchesFilter(statusIn(statuses, item.id), filter) && matchesSearch(item, words),
  );
  const visibleIds = new Set(visible.map((item) => item.id));
  const counts: Record<Filter, number> = {
    all: items.length,
    todo: items.filter((item) => matchesFilter(statusIn(statuses, item.id), "todo")).length,
    done: overall.done,
  };
  const filtering = filter !== "all" || words.length > 0;

  const guardedSetStatus = useCallback(
    (change: StatusChange) => {
      if (!readOnly) setStatus(change);
    },
    [readOnly, setStatus],
  );

  const toggleExpanded = useCallback((itemId: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(itemId)) next.delete(itemId);
      else next.add(itemId);
      return next;
    });
  }, []);

  function openNote(itemId: string) {
    // Render the details synchronously so the note exists to take focus.
    if (!expanded.has(itemId)) flushSync(() => toggleExpanded(itemId));
    const target =
      document.getElementById(noteIdFor(itemId)) ?? document.getElementById(detailsIdFor(itemId));
    target?.focus();
  }

  function moveFocus(row: HTMLElement, step: 1 | -1) {
    const rows = Array.from(listRef.current?.querySelectorAll<HTMLElement>("[data-plan-item]") ?? []);
    const next = rows[rows.indexOf(row) + step];
    if (!next) return;
    const checkbox = next.querySelector<HTMLInputElement>("[data-item-focus]");
    const target =
      checkbox && !checkbox.disabled ? checkbox : next.querySelector<HTMLElement>("[data-item-details]");
    target?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    if (!(target instanceof HTMLElement) || isTextEntry(target)) return;
    const row = target.closest<HTMLElement>("[data-plan-item]");
    const itemId = row?.dataset.planItem;
    if (!row || !itemId) return;
    const key = event.key;
    const current = statusIn(statuses, itemId);
    if (key === "x") {
      guardedSetStatus({ itemId, status: current === "done" ? "todo" : "done" });
    } else if (SHORTCUT_STATUS.has(key)) {
      const status = SHORTCUT_STATUS.get(key);
      if (status) guardedSetStatus({ itemId, status });
    } else if (key === "n") {
      openNote(itemId);
    } else if (key === "j" || key === "k") {
      moveFocus(row, key === "j" ? 1 : -1);
    } else if (key === "?") {
      shortcuts.current?.open();
    } else {
      return;
    }
    event.preventDefault();
  }

  function renderItems(list: PlanItem[]) {
    // Each list is its own Suspense boundary although nothing in it suspends: React hydrates
    // boundaries one by one, so the ~70 interactive rows no longer hydrate in one long
    // main-thread task (Lighthouse's total blocking time on this page fell from 270–650 ms to
    // 130–220 ms on the benchmark machine). Boundaries add only comments to the markup.
    return (
      <Suspense fallback={null}>
        <ul className="space-y-2">
          {list.map((item) => (
            <ChecklistItem
              key={item.id}
              item={item}
              status={statusIn(statuses, item.id)}
              note={notes[item.id] ?? ""}
              shared={shared.has(item.id)}
              readOnly={readOnly}
              expanded={expanded.has(item.id)}
              lookup={lookup}
              onSetStatus={guardedSetStatus}
              onToggleExpanded={toggleExpanded}
            />
          ))}
        </ul>
      </Suspense>
    );
  }

  const stepSections = steps.map((step) => {
    const stepItems = items.filter((item) => item.section.kind === "step" && item.section.step === step.id);
    return { step, stepItems, progress: stepProgress(itemsOfStep(progressItems, step.id), statusMap) };
  });
  const tipItems = items.filter((item) => item.section.kind === "tip");
  const tipProgress = stepProgress(
    progressItems.filter((item) => item.section.kind === "tip"),
    statusMap,
  );

  return (
    <div className="space-y-8" data-hydrated={hydrated ? "" : undefined}>
      <section
        aria-labelledby="progress-heading"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      >
        <h2 id="progress-heading" className="text-lg font-semibold">
          Your progress
        </h2>
        <div className="grid gap-6 md:grid-cols-2">
          <div className="space-y-2">
            <p className="flex items-baseline justify-between gap-2">
              <span className="font-medium">Done</span>
              <span className="text-2xl font-semibold tabular-nums">{overall.percent}%</span>
            </p>
            <ProgressBar
              label={`${examCode} overall progress`}
              percent={overall.percent}
              valueText={progressValueText(overall)}
            />
            <p className="text-sm text-slate-600">
              {overall.done} of {overall.counted} items done
              {overall.skipped > 0 ? ` · ${overall.skipped} skipped` : ""}
              {overall.inProgress > 0 ? ` · ${overall.inProgress} in progress` : ""}
            </p>
          </div>
          <div className="space-y-2">
            <p className="flex items-baseline justify-between gap-2">
              <span className="font-medium">Exam readiness</span>
              <span className="text-2xl font-semibold tabular-nums">{ready.percent}%</span>
            </p>
            <ProgressBar
              label={`${examCode} exam readiness`}
              percent={ready.percent}
              valueText={`${ready.percent}% ready for ${examShortName}`}
            />
            {ready.weakest && ready.percent < 100 ? (
              <p className="text-sm text-slate-600">
                Weakest domain: {ready.weakest.title} ({ready.weakest.percent}% of its items done)
              </p>
            ) : null}
          </div>
        </div>
        {howWeCount}
        <details className="text-sm">
          <summary className="inline-flex min-h-10 cursor-pointer items-center font-medium text-brand-700">
            Readiness by domain
          </summary>
          <ul className="mt-2 space-y-3">
            {ready.domains.map((domain) => (
              <li key={domain.id} className="space-y-1">
                <p className="flex justify-between gap-3">
                  <span>
                    {domain.title} <span className="text-slate-500">({domain.weight}% of the exam)</span>
                  </span>
                  <span className="tabular-nums">
                    {domain.done}/{domain.total}
                  </span>
                </p>
                <ProgressBar
                  size="sm"
                  label={`${domain.title} readiness`}
                  percent={domain.percent}
                  valueText={`${domain.percent}% (${domain.done} of ${domain.total} items done)`}
                />
              </li>
            ))}
          </ul>
        </details>
      </section>

      <div className="space-y-3">
        <div className="flex flex-wrap items-end gap-3">
          <div
            role="group"
            aria-label="Show items"
            className="inline-flex rounded-md border border-slate-300 bg-white p-0.5"
          >
            {(Object.keys(FILTER_LABELS) as Filter[]).map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={filter === value}
                onClick={() => setFilter(value)}
                className="min-h-10 rounded px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-pressed:bg-brand-600 aria-pressed:text-white"
              >
                {FILTER_LABELS[value]} ({counts[value]})
              </button>
            ))}
          </div>
          <div className="min-w-0 flex-1 basis-48 space-y-1">
            <label htmlFor={searchId} className="block text-sm font-medium text-slate-800">
              Search items
            </label>
            <input
              id={searchId}
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              placeholder="Title, topic or service"
              className="block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base shadow-sm focus:border-brand-600"
            />
          </div>
          <ShortcutsDialog ref={shortcuts} />
        </div>
        <p role="status" className="text-sm text-slate-600">
          {filtering ? `Showing ${visible.length} of ${items.length} items` : `${items.length} items`}
          {filter === "todo" ? " (in progress included; skipped items are under All)" : ""}
          {readOnly ? " · read-only" : ""}
        </p>
      </div>

      <div ref={listRef} onKeyDown={onKeyDown} className="space-y-10">
        {stepSections.map(({ step, stepItems, progress }) => {
          const shown = stepItems.filter((item) => visibleIds.has(item.id));
          if (filtering && shown.length === 0) return null;
          const headingId = `step-${step.id}`;
          return (
            <section key={step.id} aria-labelledby={headingId} className="space-y-3">
              <div className="space-y-2">
                <h2 id={headingId} className="text-xl font-semibold">
                  Step {step.number}: {step.title}
                </h2>
                <p className="text-slate-700">{step.description}</p>
                <div className="flex items-center gap-3">
                  <ProgressBar
                    label={`Step ${step.number}: ${step.title} progress`}
                    percent={progress.percent}
                    valueText={progressValueText(progress)}
                  />
                  <span className="shrink-0 text-sm tabular-nums text-slate-600">
                    {progress.done}/{progress.counted}
                  </span>
                </div>
              </div>
              {renderItems(shown)}
            </section>
          );
        })}

        {tipItems.some((item) => visibleIds.has(item.id)) || !filtering ? (
          <section aria-labelledby="tips-heading" className="space-y-3">
            <div className="space-y-2">
              <h2 id="tips-heading" className="text-xl font-semibold">
                Study tips
              </h2>
              <p className="text-slate-700">Practice that turns what you read into exam-day judgement.</p>
              <div className="flex items-center gap-3">
                <ProgressBar
                  label="Study tips progress"
                  percent={tipProgress.percent}
                  valueText={progressValueText(tipProgress)}
                />
                <span className="shrink-0 text-sm tabular-nums text-slate-600">
                  {tipProgress.done}/{tipProgress.counted}
                </span>
              </div>
            </div>
            {tipGroups.map((group) => {
              const shown = tipItems.filter(
                (item) =>
                  item.section.kind === "tip" && item.section.group === group.id && visibleIds.has(item.id),
              );
              if (shown.length === 0) return null;
              return (
                <div key={group.id} className="space-y-2">
                  <h3 className="pt-2 text-lg font-semibold">{group.title}</h3>
                  <p className="text-sm text-slate-700">{group.description}</p>
                  {renderItems(shown)}
                </div>
              );
            })}
          </section>
        ) : null}

        {visible.length === 0 ? (
          <div className="space-y-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
            <p className="font-medium">No items match</p>
            <p className="text-sm text-slate-600">
              {words.length > 0
                ? `Nothing ${filter === "all" ? "" : `under “${FILTER_LABELS[filter]}” `}mentions “${search.trim()}”.`
                : `No items are “${FILTER_LABELS[filter]}” yet.`}
            </p>
            <button
              type="button"
              onClick={() => {
                setFilter("all");
                setSearch("");
              }}
              className="min-h-10 rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-100"
            >
              Show all items
            </button>
          </div>
        ) : null}
      </div>

      {failures.size > 0 ? (
        <div className="fixed inset-x-4 bottom-4 z-40 space-y-2 sm:left-auto sm:w-[28rem]">
          {Array.from(failures.values()).map((failure) => (
            <div
              key={failure.itemId}
              role="alert"
              className="flex flex-wrap items-center gap-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 shadow-lg"
            >
              <p className="min-w-0 flex-1 basis-56">
                Couldn&apos;t save “{titles.get(failure.itemId) ?? failure.itemId}” as{" "}
                {STATUS_LABELS[failure.status]}. {failure.message}
              </p>
              <div className="flex gap-2">
                <button
                  type="button"
                  onClick={() => setStatus({ itemId: failure.itemId, status: failure.status })}
                  className="min-h-10 rounded-md bg-red-700 px-3 font-medium text-white hover:bg-red-800"
                >
                  Retry
                </button>
                <button
                  type="button"
                  onClick={() => dismissFailure(failure.itemId)}
                  className="min-h-10 rounded-md border border-red-300 bg-white px-3 font-medium hover:bg-red-100"
                >
                  Dismiss
                </button>
              </div>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
