"use client";

import { Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";

import { progressValueText } from "@/app/_components/format";
import { ProgressBar } from "@/app/_components/progress-bar";
import type { ExamDomain, ItemStatus, LearningStep, TipGroup } from "@/lib/curriculum/types";
import { itemsOfStep, stepProgress } from "@/lib/progress/percent";
import { readiness } from "@/lib/progress/readiness";

import { ChecklistItem, type DomainLookup } from "./checklist-item";
import { PlanSummary } from "./plan-summary";
import { FILTER_LABELS, PlanToolbar, type Filter } from "./plan-toolbar";
import { asProgressItems, statusIn, type PlanItem } from "./plan-types";
import { SaveFailures } from "./save-failures";
import type { ShortcutsDialogHandle } from "./shortcuts-dialog";
import type { StatusChange } from "./status-changes";
import { usePlan } from "./use-plan";
import { usePlanShortcuts } from "./use-plan-shortcuts";
import { useHydrated } from "@/app/_components/use-hydrated";

export interface PlanChecklistProps {
  /** The signed-in user: the plan's query keys start with it (plan-query.ts). */
  userId: string;
  examCode: string;
  examShortName: string;
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

/** The plan's interactive part: progress summary, toolbar, the checklist by step and tip group. */
export function PlanChecklist({
  userId,
  examCode,
  examShortName,
  readOnly,
  items,
  steps,
  tipGroups,
  domains,
  sharedIds,
  howWeCount,
}: PlanChecklistProps) {
  const { statuses, notes, failures, setStatus, dismissFailure } = usePlan(userId);
  const [filter, setFilter] = useState<Filter>("all");
  const [search, setSearch] = useState("");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const listRef = useRef<HTMLDivElement>(null);
  const shortcuts = useRef<ShortcutsDialogHandle>(null);
  const hydrated = useHydrated();

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

  const openDetails = useCallback(
    (itemId: string) => {
      // Rendered synchronously, so the note exists to take focus.
      if (!expanded.has(itemId)) flushSync(() => toggleExpanded(itemId));
    },
    [expanded, toggleExpanded],
  );
  const showShortcuts = useCallback(() => shortcuts.current?.open(), []);
  const onKeyDown = usePlanShortcuts({
    listRef,
    statuses,
    setStatus: guardedSetStatus,
    openDetails,
    showShortcuts,
  });

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
              userId={userId}
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
      <PlanSummary
        examCode={examCode}
        examShortName={examShortName}
        overall={overall}
        ready={ready}
        howWeCount={howWeCount}
      />

      <PlanToolbar
        filter={filter}
        onFilter={setFilter}
        counts={counts}
        search={search}
        onSearch={setSearch}
        shown={visible.length}
        total={items.length}
        filtering={filtering}
        readOnly={readOnly}
        shortcutsRef={shortcuts}
      />

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

      <SaveFailures failures={failures} titles={titles} onRetry={setStatus} onDismiss={dismissFailure} />
    </div>
  );
}
