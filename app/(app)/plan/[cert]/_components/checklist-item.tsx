"use client";

import { memo } from "react";

import { ITEM_STATUSES, type ItemStatus } from "@/lib/curriculum/types";

import { ItemNote } from "./item-note";
import { STATUS_LABELS, type PlanItem } from "./plan-types";
import type { StatusChange } from "./status-changes";

export interface DomainLookup {
  /** This exam's domain id → title. */
  domains: ReadonlyMap<string, string>;
  /** This exam's task statement id → title. */
  taskStatements: ReadonlyMap<string, string>;
}

export function detailsIdFor(itemId: string): string {
  return `details-${itemId}`;
}

export function noteIdFor(itemId: string): string {
  return `note-${itemId}`;
}

const BADGE_STYLES: Record<ItemStatus, string> = {
  todo: "border-slate-300 bg-white text-slate-700",
  in_progress: "border-amber-300 bg-amber-50 text-amber-900",
  done: "border-green-300 bg-green-50 text-green-900",
  skipped: "border-slate-300 bg-slate-100 text-slate-600",
};

function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export const ChecklistItem = memo(function ChecklistItem({
  userId,
  item,
  status,
  note,
  shared,
  readOnly,
  expanded,
  lookup,
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
  lookup: DomainLookup;
  onSetStatus: (change: StatusChange) => void;
  onToggleExpanded: (itemId: string) => void;
}) {
  const checkboxId = `check-${item.id}`;
  const detailsId = detailsIdFor(item.id);
  const domains = item.domains.filter((id) => lookup.domains.has(id));
  const taskStatements = item.taskStatements.filter((id) => lookup.taskStatements.has(id));

  return (
    <li
      id={`item-${item.id}`}
      data-plan-item={item.id}
      className="scroll-mt-20 rounded-lg border border-slate-200 bg-white px-3 py-2 sm:px-4"
    >
      <div className="flex flex-wrap items-start gap-x-3">
        <div className="flex min-h-10 min-w-0 flex-1 basis-56 items-start gap-3 py-2">
          <input
            id={checkboxId}
            type="checkbox"
            data-item-focus=""
            checked={status === "done"}
            disabled={readOnly}
            onChange={(event) =>
              onSetStatus({ itemId: item.id, status: event.target.checked ? "done" : "todo" })
            }
            className="mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-600 disabled:cursor-default"
          />
          <div className="min-w-0 space-y-1.5">
            {/* The label holds only the title: it is the checkbox's whole accessible name. */}
            <label
              htmlFor={checkboxId}
              className={`block break-words font-medium ${readOnly ? "" : "cursor-pointer"} ${
                status === "skipped" ? "text-slate-500 line-through" : ""
              }`}
            >
              {item.title}
            </label>
            <div className="flex flex-wrap gap-1.5 text-xs">
              <span className={`rounded-full border px-2 py-0.5 font-medium ${BADGE_STYLES[status]}`}>
                <span className="sr-only">Status: </span>
                {STATUS_LABELS[status]}
              </span>
              {shared ? (
                <span className="rounded-full border border-sky-300 bg-sky-50 px-2 py-0.5 font-medium text-sky-900">
                  Counts for both exams
                </span>
              ) : null}
              <span className="rounded-full px-1 py-0.5 text-slate-600">{formatMinutes(item.minutes)}</span>
            </div>
          </div>
        </div>
        <div className="ml-8 flex items-center gap-2 pb-2 sm:ml-auto sm:pt-1">
          <select
            aria-label={`Status of ${item.title}`}
            value={status}
            disabled={readOnly}
            onChange={(event) => {
              const next = ITEM_STATUSES.find((value) => value === event.target.value);
              if (next) onSetStatus({ itemId: item.id, status: next });
            }}
            className="h-10 rounded-md border border-slate-300 bg-white px-2 text-sm disabled:bg-slate-50 disabled:text-slate-500"
          >
            {ITEM_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
          <button
            type="button"
            data-item-details=""
            aria-expanded={expanded}
            aria-controls={expanded ? detailsId : undefined}
            aria-label={`Details for ${item.title}`}
            onClick={() => onToggleExpanded(item.id)}
            className="inline-flex h-10 items-center gap-1 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-100"
          >
            Details
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              className={`size-4 transition-transform motion-reduce:transition-none ${expanded ? "rotate-180" : ""}`}
            >
              <path d="M5 7.5 10 12.5 15 7.5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </button>
        </div>
      </div>
      {expanded ? (
        <div id={detailsId} tabIndex={-1} className="space-y-4 border-t border-slate-100 py-3 sm:ml-8">
          <p className="text-slate-700">{item.summary}</p>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-slate-800">Estimated time</dt>
            <dd className="text-slate-700">{formatMinutes(item.minutes)}</dd>
            {item.services.length > 0 ? (
              <>
                <dt className="font-medium text-slate-800">Services</dt>
                <dd className="text-slate-700">{item.services.join(", ")}</dd>
              </>
            ) : null}
            <dt className="font-medium text-slate-800">Exam domains</dt>
            <dd className="text-slate-700">
              {domains.length === 0 ? (
                "Not tied to an exam domain (it does not count towards readiness)."
              ) : (
                <ul className="space-y-1">
                  {domains.map((id) => (
                    <li key={id}>{lookup.domains.get(id)}</li>
                  ))}
                </ul>
              )}
            </dd>
            {taskStatements.length > 0 ? (
              <>
                <dt className="font-medium text-slate-800">Task statements</dt>
                <dd className="text-slate-700">
                  <ul className="space-y-1">
                    {taskStatements.map((id) => (
                      <li key={id}>
                        <span className="font-mono text-xs text-slate-500">{id.replace(/^[a-z]+-/, "")}</span>{" "}
                        {lookup.taskStatements.get(id)}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
          {item.links.length > 0 ? (
            <div className="space-y-1 text-sm">
              <p className="font-medium text-slate-800">Read more</p>
              <ul className="space-y-1">
                {item.links.map((link) => (
                  <li key={link.url}>
                    <a
                      href={link.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="inline-flex min-h-10 items-center break-words text-brand-700 underline sm:min-h-0"
                    >
                      {link.title}
                      <span className="sr-only"> (opens in a new tab)</span>
                      <span aria-hidden="true">&nbsp;↗</span>
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
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
