"use client";

import { memo } from "react";

import type { ItemStatus } from "@/lib/curriculum/types";

import { ItemDetails } from "./item-details";
import { ItemNote } from "./item-note";
import type { PlanItem } from "./plan-types";
import type { StatusChange } from "./status-changes";
import { StatusMenu } from "./status-menu";

export function detailsIdFor(itemId: string): string {
  return `details-${itemId}`;
}

export function noteIdFor(itemId: string): string {
  return `note-${itemId}`;
}

export const ChecklistItem = memo(function ChecklistItem({
  userId,
  item,
  status,
  note,
  shared,
  readOnly,
  expanded,
  highlighted,
  cert,
  examCode,
  domainTitles,
  onSetStatus,
  onToggleExpanded,
}: {
  userId: string;
  item: PlanItem;
  status: ItemStatus;
  note: string;
  shared: boolean;
  readOnly: boolean;
  expanded: boolean;
  /** Just reached through a link to it ("Next up"): outlined for a moment. */
  highlighted: boolean;
  /** The exam and version whose details the Details panel reads (ADR 038). */
  cert: string;
  examCode: string;
  /** This exam's domain id → "title (weight%)". */
  domainTitles: ReadonlyMap<string, string>;
  onSetStatus: (change: StatusChange) => void;
  onToggleExpanded: (itemId: string) => void;
}) {
  const detailsId = detailsIdFor(item.id);
  const sharedId = `shared-${item.id}`;

  return (
    <li
      id={`item-${item.id}`}
      data-plan-item={item.id}
      tabIndex={-1}
      className={`scroll-mt-24 rounded-lg border px-2 transition-colors duration-700 motion-reduce:transition-none sm:px-3 ${
        highlighted ? "border-amber-400 bg-amber-50 ring-2 ring-amber-400" : "border-slate-200 bg-white"
      }`}
    >
      <div className="flex items-start gap-1">
        {/* The label holds the title (the checkbox's whole name) and the whole row's left side: one
            big tap target. The "both exams" mark is its description, not part of the name. */}
        <label
          className={`flex min-h-11 min-w-0 flex-1 items-start gap-3 py-2.5 sm:min-h-9 sm:py-1.5 ${readOnly ? "" : "cursor-pointer"}`}
        >
          <input
            type="checkbox"
            data-item-focus=""
            checked={status === "done"}
            disabled={readOnly}
            aria-describedby={shared ? sharedId : undefined}
            onChange={(event) =>
              onSetStatus({ itemId: item.id, status: event.target.checked ? "done" : "todo" })
            }
            className="mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-600 disabled:cursor-default"
          />
          {/* The badge is an inline-block, so the strike-through of a skipped title does not reach it. */}
          <span
            className={`min-w-0 break-words font-medium ${status === "skipped" ? "text-slate-500 line-through" : ""}`}
          >
            {item.title}
            {shared ? (
              <span
                id={sharedId}
                aria-hidden="true"
                className="ml-2 inline-block rounded-full border border-sky-300 bg-sky-50 px-1.5 text-xs font-medium text-sky-900"
              >
                Counts for both exams
              </span>
            ) : null}
          </span>
        </label>
        <StatusMenu
          title={item.title}
          status={status}
          disabled={readOnly}
          onChoose={(next) => onSetStatus({ itemId: item.id, status: next })}
        />
        <button
          type="button"
          data-item-details=""
          aria-expanded={expanded}
          aria-controls={expanded ? detailsId : undefined}
          aria-label={`Details for ${item.title}`}
          onClick={() => onToggleExpanded(item.id)}
          className="inline-flex size-11 shrink-0 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 sm:size-9"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className={`size-5 transition-transform motion-reduce:transition-none ${expanded ? "rotate-180" : ""}`}
          >
            <path d="M5 7.5 10 12.5 15 7.5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </button>
      </div>
      {expanded ? (
        <div id={detailsId} tabIndex={-1} className="space-y-4 border-t border-slate-100 py-3 sm:ml-8">
          <ItemDetails item={item} cert={cert} examCode={examCode} domainTitles={domainTitles} />
          {readOnly ? (
            note ? (
              <div className="space-y-1 text-sm">
                <p className="font-medium text-slate-800">Note: where I left off</p>
                <p className="whitespace-pre-wrap break-words text-slate-700">{note}</p>
              </div>
            ) : null
          ) : (
            <ItemNote id={noteIdFor(item.id)} userId={userId} itemId={item.id} savedBody={note} />
          )}
        </div>
      ) : null}
    </li>
  );
});
