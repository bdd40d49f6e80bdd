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
import { flushSync } from "react-dom";

import type { ExamDomain, ItemStatus, LearningStep, TipGroup } from "@/lib/curriculum/types";
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

import { ChecklistItem, type DomainLookup } from "./checklist-item";
import { PlanSection, SectionNav, sectionIds, type SectionInfo } from "./plan-section";
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

  const searchIndex = useMemo(
    () =>
      new Map(
        items.map((item) => [item.id, searchWords([item.title, item.summary, ...item.services].join(" "))]),
      ),
    [items],
  );
  const words = searchWords(search);
  const visible = items.filter(
    (item) =>
      matchesFilter(statusIn(statuses, item.id), filter) &&
      matchesSearch(searchIndex.get(item.id) ?? [], words),
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
    const info: SectionInfo = {
      id: step.id,
      title: `Step ${step.number}: ${step.title}`,
      short: String(step.number),
      progress: stepProgress(itemsOfStep(progressItems, step.id), statusMap),
    };
    return { step, stepItems, info };
  });
  const tipItems = items.filter((item) => item.section.kind === "tip");
  const tipsInfo: SectionInfo = {
    id: TIPS_SECTION,
    title: "Study tips",
    short: "Tips",
    progress: stepProgress(
      progressItems.filter((item) => item.section.kind === "tip"),
      statusMap,
    ),
  };
  const tipsShown = tipItems.some((item) => visibleIds.has(item.id)) || !filtering;

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
                ? `Nothing ${filter === "all" ? "" : `under “${FILTER_LABELS[filter]}” `}mentions “${search.trim()}”.`
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
