"use client";

import { useQuery } from "@tanstack/react-query";

import { detailsQuery } from "./plan-query";
import type { PlanItem } from "./plan-types";

function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * The text of an open Details panel: summary, estimated time, services, exam domains, task
 * statements and links. They come with the version's details (ADR 038), normally prefetched before
 * anyone opens a panel; until then a short "Loading details…", and if the read failed an error
 * with "Try again". The note below it (checklist-item.tsx) does not wait for them.
 */
export function ItemDetails({
  item,
  cert,
  examCode,
  domainTitles,
}: {
  item: PlanItem;
  cert: string;
  examCode: string;
  /** This exam's domain id → "title (weight%)". */
  domainTitles: ReadonlyMap<string, string>;
}) {
  const { data, isError, isFetching, refetch } = useQuery(detailsQuery(cert, examCode));
  const details = data?.items[item.id];

  if (!details) {
    // Details older than the page (cached before a deploy added the item): nothing to wait for.
    if (data) return <p className="text-sm text-slate-600">No details are available for this item yet.</p>;
    if (isFetching || !isError) {
      return (
        <p role="status" className="text-sm text-slate-600">
          Loading details…
        </p>
      );
    }
    return (
      <div className="flex flex-wrap items-center gap-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        <p role="alert" className="min-w-0 flex-1 basis-56">
          Couldn&apos;t load the details of this item. Check your connection and try again.
        </p>
        <button
          type="button"
          onClick={() => void refetch()}
          className="min-h-11 rounded-md border border-red-300 bg-white px-3 font-medium hover:bg-red-100"
        >
          Try again
        </button>
      </div>
    );
  }

  const domains = item.domains.filter((id) => domainTitles.has(id));
  return (
    <>
      <p className="text-slate-700">{details.summary}</p>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-800">Estimated time</dt>
        <dd className="text-slate-700">{formatMinutes(details.minutes)}</dd>
        {details.services.length > 0 ? (
          <>
            <dt className="font-medium text-slate-800">Services</dt>
            <dd className="text-slate-700">{details.services.join(", ")}</dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-800">Exam domains</dt>
        <dd className="text-slate-700">
          {domains.length === 0 ? (
            "Not tied to an exam domain (it does not count towards readiness)."
          ) : (
            <ul className="space-y-1">
              {domains.map((id) => (
                <li key={id}>{domainTitles.get(id)}</li>
              ))}
            </ul>
          )}
        </dd>
        {details.taskStatements.length > 0 ? (
          <>
            <dt className="font-medium text-slate-800">Task statements</dt>
            <dd className="text-slate-700">
              <ul className="space-y-1">
                {details.taskStatements.map((task) => (
                  <li key={task.id}>
                    <span className="font-mono text-xs text-slate-500">
                      {task.id.replace(/^[a-z]+-/, "")}
                    </span>
                    {` ${task.title}`}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {details.links.length > 0 ? (
        <div className="space-y-1 text-sm">
          <p className="font-medium text-slate-800">Read more</p>
          <ul className="space-y-1">
            {details.links.map((link) => (
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
    </>
  );
}
