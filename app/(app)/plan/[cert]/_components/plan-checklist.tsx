"use client";

import {
  Suspense,
  useCallback,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { flushSync } from "react-dom";

import type { ItemStatus, LearningStep, TipGroup } from "@/lib/curriculum/types";
import type { PlanDetails } from "@/lib/plan/details";
import {
  isSectionOpen,
  openSectionsCookie,
  sectionOf,
  serializeSectionChoices,
  TIPS_SECTION,
  withChoice,
  type SectionChoices,
} from "@/lib/plan/open-sections";
import { matchesSearch, searchWords } from "@/lib/plan/search";
import { itemsOfStep, stepProgress } from "@/lib/progress/percent";
import { readiness } from "@/lib/progress/readiness";

import { ChecklistItem } from "./checklist-item";
import { PlanSection, SectionNav, sectionIds, type SectionInfo } from "./plan-section";
import { PlanSummary } from "./plan-summary";
import { FILTER_LABELS, PlanToolbar, type Filter } from "./plan-toolbar";
import { detailsQuery } from "./plan-query";
import { statusIn, type PlanDomain, type PlanItem } from "./plan-types";
import { SaveFailures } from "./save-failures";
import type { ShortcutsDialogHandle } from "./shortcuts-dialog";
import type { StatusChange } from "./status-changes";
import { usePlan } from "./use-plan";
import { usePlanShortcuts } from "./use-plan-shortcuts";

export interface PlanChecklistProps {
  /** The signed-in user: the plan's query keys start with it (plan-query.ts). */
  userId: string;
  /** The exam version's code ("SAA-C03"): the details are read per version (ADR 038). */
  examCode: string;
  examShortName: string;
  readOnly: boolean;
  /** This exam's items (shared ones included), in path order; their details come on demand. */
  items: PlanItem[];
  steps: LearningStep[];
  /** Tip groups that have items for this exam. */
  tipGroups: TipGroup[];
  domains: PlanDomain[];
  /** Ids of items that count for both exams. */
  sharedIds: string[];
  /** The "How we count" note, rendered on the server. */
  howWeCount: ReactNode;
  /** The exam's id: the open sections are remembered per exam. */
  cert: string;
  /** Sections open until the user chooses otherwise: the one holding the next item. */
  defaultOpen: string[];
  /** The sections the user opened and closed by hand (the cookie, read on the server). */
  initialChoices: SectionChoices;
}

/** Remembers the open and closed sections in this browser (a UI preference, ADR 034). */
function rememberChoices(cert: string, choices: SectionChoices) {
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `${openSectionsCookie(cert)}=${serializeSectionChoices(choices)}; Path=/plan; Max-Age=31536000; SameSite=Lax${secure}`;
}

const NONE: ReadonlySet<string> = new Set();
const NO_WORDS: ReadonlyMap<string, readonly string[]> = new Map();

/** Item id → the words of its summary and services, for the search. */
function detailWords(details: PlanDetails | undefined): ReadonlyMap<string, readonly string[]> {
  if (!details) return NO_WORDS;
  return new Map(
    Object.entries(details.items).map(([id, item]) => [
      id,
      searchWords([item.summary, ...item.services].join(" ")),
    ]),
  );
}

/** Runs `task` once the browser is idle (after hydration's tasks), or after a moment where it cannot say. */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(task, { timeout: 5000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 1000);
  return () => clearTimeout(timer);
}
const HIGHLIGHT_MS = 2500;

function matchesFilter(status: ItemStatus, filter: Filter): boolean {
  if (filter === "done") return status === "done";
  if (filter === "todo") return status === "todo" || status === "in_progress";
  return true;
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
  cert,
  defaultOpen,
  initialChoices,
}: PlanChecklistProps) {
  const { statuses, notes, failures, setStatus, dismissFailure } = usePlan(userId);
  const [filter, setFilter] = useState<Filter>("all");
  const [search, setSearch] = useState("");
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const listRef = useRef<HTMLDivElement>(null);
  const shortcuts = useRef<ShortcutsDialogHandle>(null);
  // `data-hydrated` (the e2e tests wait for it) is set on the DOM by an effect, not by state: a
  // render of the checklist right after hydration would hand new props to the Suspense boundaries
  // still waiting to hydrate, and React would then hydrate them all at once, in one long task.
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => rootRef.current?.setAttribute("data-hydrated", ""), []);

  const statusMap = useMemo(() => new Map(Object.entries(statuses)), [statuses]);
  const shared = useMemo(() => new Set(sharedIds), [sharedIds]);
  const titles = useMemo(() => new Map(items.map((item) => [item.id, item.title])), [items]);
  const domainTitles = useMemo(
    () => new Map(domains.map((d) => [d.id, `${d.title} (${d.weight}%)`])),
    [domains],
  );

  const overall = stepProgress(items, statusMap);
  const ready = readiness(items, statusMap, domains);

  // The details (summary, services, links…) are read once the page is idle after hydration, so
  // they are normally here before anyone opens a Details panel or searches (ADR 038).
  const queryClient = useQueryClient();
  useEffect(
    () => whenIdle(() => void queryClient.prefetchQuery(detailsQuery(cert, examCode))),
    [queryClient, cert, examCode],
  );

  // The search matches titles at once, and summaries and services once the details are here. Only
  // a search subscribes to them (and reads them at once if the prefetch has not), so their arrival
  // does not render the checklist again.
  const words = searchWords(search);
  const searching = words.length > 0;
  const details = useQuery({ ...detailsQuery(cert, examCode), enabled: searching, subscribed: searching });
  // Built on the first search, not on load: hydration has enough to do.
  const titleWords = useMemo(
    () => (searching ? new Map(items.map((item) => [item.id, searchWords(item.title)])) : NO_WORDS),
    [items, searching],
  );
  const moreWords = useMemo(() => detailWords(details.data), [details.data]);
  const matches = (id: string) =>
    matchesSearch([...(titleWords.get(id) ?? []), ...(moreWords.get(id) ?? [])], words);
  const visible = items.filter(
    (item) => matchesFilter(statusIn(statuses, item.id), filter) && (!searching || matches(item.id)),
  );
  const searchScope = !searching || details.data ? "all" : details.isError ? "titles" : "loading";
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

  // Sections: which are open. While a search or filter is on, every section with matches is open
  // (a section closed then stays closed until the search changes); the remembered state is left alone.
  const [choices, setChoices] = useState(initialChoices);
  const filterKey = `${filter} ${words.join(" ")}`;
  const [closedWhileFiltering, setClosedWhileFiltering] = useState({ key: "", ids: NONE });
  const filterClosed = closedWhileFiltering.key === filterKey ? closedWhileFiltering.ids : NONE;
  const isOpen = (id: string) =>
    filtering ? !filterClosed.has(id) : isSectionOpen(id, defaultOpen, choices);

  const setSectionOpen = (id: string, open: boolean) => {
    if (filtering) {
      const ids = new Set(filterClosed);
      if (open) ids.delete(id);
      else ids.add(id);
      setClosedWhileFiltering({ key: filterKey, ids });
      return;
    }
    if (isSectionOpen(id, defaultOpen, choices) === open) return;
    const next = withChoice(choices, id, open);
    setChoices(next);
    rememberChoices(cert, next);
  };

  // Where focus goes once a section or an item is on screen: after a jump from the navigator, or a
  // link to an item ("Next up", /plan/architect#item-…), which is also highlighted for a moment.
  const [target, setTarget] = useState<{ kind: "section" | "item"; id: string; seq: number } | null>(null);
  const seq = useRef(0);
  useEffect(() => {
    if (!target) return;
    if (target.kind === "section") {
      const ids = sectionIds(target.id);
      document.getElementById(ids.section)?.scrollIntoView({ block: "start" });
      document.getElementById(ids.toggle)?.focus({ preventScroll: true });
      return;
    }
    const row = document.getElementById(`item-${target.id}`);
    row?.scrollIntoView({ block: "center" });
    row?.focus({ preventScroll: true });
    const timer = setTimeout(() => setTarget(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [target]);

  const jumpTo = (id: string) => {
    if (filtering) {
      setFilter("all");
      setSearch("");
    }
    if (!isSectionOpen(id, defaultOpen, choices)) {
      const next = withChoice(choices, id, true);
      setChoices(next);
      rememberChoices(cert, next);
    }
    seq.current += 1;
    setTarget({ kind: "section", id, seq: seq.current });
  };

  const itemsById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const revealItem = useEffectEvent((itemId: string) => {
    const item = itemsById.get(itemId);
    if (!item) return;
    if (filtering && !visibleIds.has(itemId)) {
      setFilter("all");
      setSearch("");
    }
    const id = sectionOf(item.section);
    if (!isSectionOpen(id, defaultOpen, choices)) {
      const next = withChoice(choices, id, true);
      setChoices(next);
      rememberChoices(cert, next);
    }
    seq.current += 1;
    setTarget({ kind: "item", id: itemId, seq: seq.current });
  });
  // On arrival (a full load or a client navigation) and when the hash changes on the page.
  useEffect(() => {
    const fromHash = () => {
      const match = /^#item-(.+)$/.exec(window.location.hash);
      if (match?.[1]) revealItem(decodeURIComponent(match[1]));
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, []);
  const highlighted = target?.kind === "item" ? target.id : null;

  function renderItems(list: PlanItem[]) {
    // Each list is its own Suspense boundary although nothing in it suspends: React hydrates
    // boundaries one by one, so the interactive rows do not hydrate in one long main-thread task.
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
              highlighted={highlighted === item.id}
              cert={cert}
              examCode={examCode}
              domainTitles={domainTitles}
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
    const info: SectionInfo = {
      id: step.id,
      title: `Step ${step.number}: ${step.title}`,
      short: String(step.number),
      progress: stepProgress(itemsOfStep(items, step.id), statusMap),
    };
    return { step, stepItems, info };
  });
  const tipItems = items.filter((item) => item.section.kind === "tip");
  const tipsInfo: SectionInfo = {
    id: TIPS_SECTION,
    title: "Study tips",
    short: "Tips",
    progress: stepProgress(
      items.filter((item) => item.section.kind === "tip"),
      statusMap,
    ),
  };
  const tipsShown = tipItems.some((item) => visibleIds.has(item.id)) || !filtering;

  return (
    <div ref={rootRef} className="space-y-8">
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
        searchScope={searchScope}
        readOnly={readOnly}
        shortcutsRef={shortcuts}
      />

      <div ref={listRef} onKeyDown={onKeyDown} className="space-y-6">
        {/* Suspense boundaries (nothing suspends) split hydration into short tasks: React hydrates the
            root in one go and each boundary separately (ADR 034). */}
        <Suspense fallback={null}>
          <SectionNav sections={[...stepSections.map(({ info }) => info), tipsInfo]} onJump={jumpTo} />
        </Suspense>

        {stepSections.map(({ step, stepItems, info }) => {
          const shown = stepItems.filter((item) => visibleIds.has(item.id));
          if (filtering && shown.length === 0) return null;
          return (
            <Suspense key={step.id} fallback={null}>
              <PlanSection info={info} open={isOpen(step.id)} onToggle={setSectionOpen}>
                {() => (
                  <>
                    <p className="text-slate-700">{step.description}</p>
                    {renderItems(shown)}
                  </>
                )}
              </PlanSection>
            </Suspense>
          );
        })}

        {tipsShown ? (
          <Suspense fallback={null}>
            <PlanSection info={tipsInfo} open={isOpen(TIPS_SECTION)} onToggle={setSectionOpen}>
              {() => (
                <>
                  <p className="text-slate-700">Practice that turns what you read into exam-day judgement.</p>
                  {tipGroups.map((group) => {
                    const shown = tipItems.filter(
                      (item) =>
                        item.section.kind === "tip" &&
                        item.section.group === group.id &&
                        visibleIds.has(item.id),
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
                </>
              )}
            </PlanSection>
          </Suspense>
        ) : null}

        {visible.length === 0 ? (
          <div className="space-y-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
            <p className="font-medium">No items match</p>
            <p className="text-sm text-slate-600">
              {words.length > 0
                ? `Nothing ${filter === "all" ? "" : `under “${FILTER_LABELS[filter]}” `}mentions “${search.trim()}”${searchScope === "loading" ? " in its title; the summaries and services are still loading" : ""}.`
                : `No items are “${FILTER_LABELS[filter]}” yet.`}
            </p>
            <button
              type="button"
              onClick={() => {
                setFilter("all");
                setSearch("");
              }}
              className="min-h-11 rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-100"
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
