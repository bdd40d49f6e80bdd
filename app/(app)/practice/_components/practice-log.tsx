"use client";

import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";

import { formatDay } from "@/app/_components/format";
import { deleteAttempt } from "@/lib/actions/practice";
import type { CertId } from "@/lib/curriculum/types";
import { formatScore, MODE_LABELS, retakeDate, SOURCE_LABELS } from "@/lib/readiness/types";

import { AttemptForm, emptyValues, valuesOf } from "./attempt-form";
import type { ExamOption, HistoryAttempt } from "./practice-types";

function scoreText(a: HistoryAttempt): string {
  if (a.kind === "official") return `${a.scaledScore} of 1000, ${a.passed ? "pass" : "fail"}`;
  const counts =
    a.questions !== null && a.correct !== null ? ` (${a.correct} of ${a.questions} correct)` : "";
  return `${formatScore(a.percent ?? 0)} %${counts}`;
}

function label(a: HistoryAttempt): string {
  return `the ${a.kind === "official" ? "exam result" : "attempt"} of ${formatDay(a.takenOn)}, ${a.examCode}, ${scoreText(a)}`;
}

function sourceText(a: HistoryAttempt): string | null {
  if (a.kind !== "practice" || !a.source) return null;
  const source = a.source === "other" && a.sourceName ? a.sourceName : SOURCE_LABELS[a.source];
  return a.mode ? `${source} · ${MODE_LABELS[a.mode]}` : source;
}

function domainText(a: HistoryAttempt, titles: Readonly<Record<string, string>>): string | null {
  const parts = a.domains.map((d) => {
    const title = titles[d.domainId] ?? d.domainId;
    if (d.meets !== null) return `${title}: ${d.meets ? "meets competencies" : "needs improvement"}`;
    const counts = d.correct !== null && d.total !== null ? ` (${d.correct}/${d.total})` : "";
    return `${title} ${formatScore(d.percent ?? 0)} %${counts}`;
  });
  return parts.length ? parts.join(" · ") : null;
}

const smallButton =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100 disabled:opacity-60";

function HistoryEntry({
  attempt,
  titles,
  onEdit,
  onDeleted,
}: {
  attempt: HistoryAttempt;
  titles: Readonly<Record<string, string>>;
  onEdit: () => void;
  onDeleted: (message: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const keepButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Opening the question moves focus to its safe answer; closing it returns focus to "Delete".
    if (confirming) keepButton.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const source = sourceText(attempt);
  const domains = domainText(attempt, titles);
  const name = label(attempt);
  return (
    <li className="space-y-2 rounded-md border border-slate-200 bg-white p-3 sm:p-4">
      <p className="font-medium">
        {formatDay(attempt.takenOn)} · {attempt.examCode} ·{" "}
        {attempt.kind === "official" ? "Real exam" : "Practice"}
      </p>
      <p className="text-sm">
        <span className="font-semibold tabular-nums">{scoreText(attempt)}</span>
        {source ? <span className="text-slate-700"> · {source}</span> : null}
        {attempt.kind === "official" && attempt.passed === false ? (
          <span className="text-slate-700"> · retake from {formatDay(retakeDate(attempt.takenOn))}</span>
        ) : null}
      </p>
      {domains ? <p className="text-sm text-slate-700">{domains}</p> : null}
      {attempt.notes ? <p className="text-sm whitespace-pre-wrap text-slate-700">{attempt.notes}</p> : null}
      {confirming ? (
        <div
          role="group"
          aria-label={`Delete ${name}?`}
          className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3"
          onKeyDown={(event) => {
            if (event.key === "Escape") setConfirming(false);
          }}
        >
          <p className="text-sm font-medium text-red-900">Delete {name}? This cannot be undone.</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              disabled={pending}
              className="inline-flex min-h-11 items-center rounded-md bg-red-700 px-3 py-1 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60"
              onClick={() =>
                startTransition(async () => {
                  const r = await deleteAttempt({ id: attempt.id });
                  if (r.ok) onDeleted(r.message ?? "Attempt deleted.");
                  else setFailure(r.message);
                })
              }
            >
              {pending ? "Deleting…" : "Delete attempt"}
            </button>
            <button
              type="button"
              ref={keepButton}
              className={smallButton}
              onClick={() => setConfirming(false)}
            >
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" id={`attempt-${attempt.id}-edit`} className={smallButton} onClick={onEdit}>
            Edit<span className="sr-only"> {name}</span>
          </button>
          <button
            type="button"
            ref={deleteButton}
            className={smallButton}
            onClick={() => setConfirming(true)}
          >
            Delete<span className="sr-only"> {name}</span>
          </button>
        </div>
      )}
      <div aria-live="polite" className="text-sm text-red-700">
        {failure}
      </div>
    </li>
  );
}

/**
 * The practice page's interactive part: the form (logging, or editing an entry
 * of the history), the evidence cards rendered by the server (`children`), and
 * the history with edit and delete.
 */
export function PracticeLog({
  exams,
  defaultCert,
  today,
  attempts,
  domainTitles,
  children,
}: {
  exams: ExamOption[];
  defaultCert: CertId;
  today: string;
  /** Oldest first. */
  attempts: HistoryAttempt[];
  domainTitles: Record<string, string>;
  children: ReactNode;
}) {
  const [editing, setEditing] = useState<HistoryAttempt | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const formBox = useRef<HTMLDivElement>(null);
  const historyHeading = useRef<HTMLHeadingElement>(null);
  const newestFirst = [...attempts].reverse();

  function focusEditButton(id: string) {
    // After the list re-renders from the server's fresh data.
    requestAnimationFrame(() => document.getElementById(`attempt-${id}-edit`)?.focus());
  }

  return (
    <>
      <div ref={formBox} className="scroll-mt-4">
        <AttemptForm
          key={editing?.id ?? "new"}
          exams={exams}
          today={today}
          initial={editing ? valuesOf(editing) : emptyValues(defaultCert, today)}
          editing={editing}
          onSaved={(text) => {
            if (!editing) return;
            const id = editing.id;
            setEditing(null);
            setMessage(text);
            focusEditButton(id);
          }}
          onCancel={() => {
            const id = editing?.id;
            setEditing(null);
            if (id) focusEditButton(id);
          }}
        />
      </div>

      {children}

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" ref={historyHeading} tabIndex={-1} className="text-xl font-semibold">
          Your attempts
        </h2>
        <div role="status" aria-live="polite" className="text-sm">
          {message ? (
            <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-green-800">
              {message}
            </p>
          ) : null}
        </div>
        {newestFirst.length > 0 ? (
          <p className="text-sm">
            <a
              href="/account/progress?format=attempts-csv"
              download
              className="font-medium text-brand-700 underline hover:text-brand-600"
            >
              Download your attempts as CSV
            </a>
          </p>
        ) : null}
        {newestFirst.length === 0 ? (
          <p className="text-slate-700">
            Nothing logged yet: no practice evidence yet. Your practice exams and real exam results will be
            listed here, newest first.
          </p>
        ) : (
          <ol className="space-y-3">
            {newestFirst.map((attempt) => (
              <HistoryEntry
                key={attempt.id}
                attempt={attempt}
                titles={domainTitles}
                onEdit={() => {
                  setMessage(null);
                  setEditing(attempt);
                  requestAnimationFrame(() => {
                    formBox.current?.scrollIntoView({ block: "start" });
                    formBox.current?.querySelector<HTMLElement>("h2")?.focus();
                  });
                }}
                onDeleted={(text) => {
                  if (editing?.id === attempt.id) setEditing(null);
                  setMessage(text);
                  historyHeading.current?.focus();
                }}
              />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
