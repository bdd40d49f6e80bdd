"use client";

import { memo } from "react";

import type { ItemStatus } from "@/lib/curriculum/types";

import { ItemNote } from "./item-note";
import type { PlanItem } from "./plan-types";
import type { StatusChange } from "./status-changes";
import { StatusMenu } from "./status-menu";

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
  highlighted,
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
  /** Just reached through a link to it ("Next up"): outlined for a moment. */
  highlighted: boolean;
  lookup: DomainLookup;
  onSetStatus: (change: StatusChange) => void;
  onToggleExpanded: (itemId: string) => void;
}) {
  const detailsId = detailsIdFor(item.id);
  const domains = item.domains.filter((id) => lookup.domains.has(id));
  const taskStatements = item.taskStatements.filter((id) => lookup.taskStatements.has(id));

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
          <span className="min-w-0 break-words">
            <span className={`font-medium ${status === "skipped" ? "text-slate-500 line-through" : ""}`}>
              {item.title}
            </span>
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
                      className="inline-flex min-h-11 items-center break-words text-brand-700 underline sm:min-h-0"
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
