import { useId, type Ref } from "react";

import { ShortcutsDialog, type ShortcutsDialogHandle } from "./shortcuts-dialog";

export type Filter = "all" | "todo" | "done";

/**
 * What a search reads: everything, only the titles while the summaries and services are still on
 * their way, or only the titles because reading those failed (ADR 038).
 */
export type SearchScope = "all" | "loading" | "titles";

const SCOPE_NOTES: Record<SearchScope, string> = {
  all: "",
  loading: " · titles searched; summaries and services are still loading",
  titles: " · only titles searched: summaries and services could not be loaded",
};

export const FILTER_LABELS: Record<Filter, string> = { all: "All", todo: "To do", done: "Done" };

/** The filter buttons (with counts), the search box, the shortcuts button and what is shown. */
export function PlanToolbar({
  filter,
  onFilter,
  counts,
  search,
  onSearch,
  shown,
  total,
  filtering,
  searchScope,
  readOnly,
  shortcutsRef,
}: {
  filter: Filter;
  onFilter: (filter: Filter) => void;
  counts: Record<Filter, number>;
  search: string;
  onSearch: (search: string) => void;
  /** Items that pass the filter and the search. */
  shown: number;
  total: number;
  filtering: boolean;
  searchScope: SearchScope;
  readOnly: boolean;
  shortcutsRef: Ref<ShortcutsDialogHandle>;
}) {
  const searchId = useId();
  return (
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
              onClick={() => onFilter(value)}
              className="min-h-11 rounded px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-pressed:bg-brand-600 aria-pressed:text-white"
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
            onChange={(event) => onSearch(event.target.value)}
            placeholder="Title, topic or service"
            className="block h-11 w-full rounded-md border border-slate-300 bg-white px-3 text-base shadow-sm focus:border-brand-600"
          />
        </div>
        <ShortcutsDialog ref={shortcutsRef} />
      </div>
      <p role="status" className="text-sm text-slate-600">
        {filtering ? `Showing ${shown} of ${total} items` : `${total} items`}
        {filter === "todo" ? " (in progress included; skipped items are under All)" : ""}
        {SCOPE_NOTES[searchScope]}
        {readOnly ? " · read-only" : ""}
      </p>
    </div>
  );
}
