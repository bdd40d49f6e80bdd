"use client";

import { useId, useState, useTransition } from "react";

import { FormMessage } from "@/app/_components/form";
import { applyImport, previewImport, resetExamProgress } from "@/lib/actions/portability";
import type { ActionResult } from "@/lib/actions/result";
import type { CertId } from "@/lib/curriculum/types";
import type { ImportPreview } from "@/lib/actions/portability";
import { STATUS_WORDS } from "@/lib/progress/status";

const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60";
const primaryClass =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60";

export function ImportProgress() {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [mode, setMode] = useState<"merge" | "replace">("merge");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();

  function reset() {
    setPreview(null);
    setResult(null);
  }

  async function onFile(file: File | undefined) {
    reset();
    if (!file) return setText(null);
    if (file.size > 1_000_000) {
      setText(null);
      return setResult({ ok: false, code: "invalid", message: "The file is too large (over 1 MB)." });
    }
    setFileName(file.name);
    setText(await file.text());
  }

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor={`${id}-file`} className="block text-sm font-medium">
          Progress file (JSON exported from this app)
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void onFile(e.target.files?.[0])}
          aria-invalid={result && !result.ok ? true : undefined}
          aria-describedby={result && !result.ok ? `${id}-file-error` : undefined}
          className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:min-h-11 file:px-3 file:py-2"
        />
        {/* The error sits under the file it is about; the chosen file and mode stay as they were. */}
        <div id={`${id}-file-error`} aria-live="polite" className="text-sm text-red-700">
          {result && !result.ok ? <p>{result.message}</p> : null}
        </div>
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">How to import</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === "merge"}
            onChange={() => {
              setMode("merge");
              reset();
            }}
            className="size-4 accent-brand-600"
          />
          Merge: add the file&apos;s progress, keep mine where the file has none
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === "replace"}
            onChange={() => {
              setMode("replace");
              reset();
            }}
            className="size-4 accent-brand-600"
          />
          Replace: make my progress exactly the file&apos;s
        </label>
      </fieldset>
      <button
        type="button"
        className={buttonClass}
        disabled={!text || pending}
        onClick={() =>
          startTransition(async () => {
            const r = await previewImport({ text, mode });
            setResult(r.ok ? null : r);
            setPreview(r.ok ? r.data : null);
          })
        }
      >
        {pending && !preview ? "Checking the file…" : "Preview changes"}
      </button>
      {preview ? (
        <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-4" aria-live="polite">
          <h3 className="font-medium">Importing {fileName} will change</h3>
          <ul className="list-inside list-disc text-sm">
            <li>{preview.statusChanges.length} item statuses</li>
            <li>
              {preview.notesSet.length} notes added or updated, {preview.notesDeleted.length} notes removed
            </li>
            <li>{preview.unchanged} items already as in the file</li>
            {preview.reviewCards.length || preview.reviewLogs.length ? (
              <li>
                {preview.reviewCards.length} review cards set, {preview.reviewLogs.length} past reviews added
              </li>
            ) : null}
            {preview.attempts.inFile ? (
              <li>
                {preview.attempts.added} practice attempts and exam results added
                {preview.attempts.removed ? `, ${preview.attempts.removed} removed` : ""},{" "}
                {preview.attempts.unchanged} already there
              </li>
            ) : (
              <li>No practice attempts in the file: yours stay as they are</li>
            )}
            {preview.unknownItems.length ? (
              <li>{preview.unknownItems.length} items in the file are unknown and will be ignored</li>
            ) : null}
          </ul>
          {preview.versionNotes.map((note) => (
            <p key={note} className="text-sm">
              {note}
            </p>
          ))}
          {preview.statusChanges.length ? (
            <ul className="max-h-48 overflow-auto text-sm">
              {preview.statusChanges.slice(0, 50).map((c) => (
                <li key={c.itemId}>
                  {c.title}: {STATUS_WORDS[c.from]} → {STATUS_WORDS[c.to]}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={primaryClass}
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const r = await applyImport({ text, mode });
                  setResult(r);
                  if (r.ok) setPreview(null);
                })
              }
            >
              {pending ? "Importing…" : "Import these changes"}
            </button>
            <button type="button" className={buttonClass} onClick={reset}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <FormMessage state={result?.ok ? result : null} />
    </div>
  );
}

export function ResetExam({ exams }: { exams: { cert: CertId; name: string; shared: number }[] }) {
  const id = useId();
  const [cert, setCert] = useState<CertId | "">("");
  const [keepShared, setKeepShared] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const chosen = exams.find((e) => e.cert === cert);

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor={`${id}-exam`} className="block text-sm font-medium">
          Exam to reset
        </label>
        <select
          id={`${id}-exam`}
          value={cert}
          onChange={(e) => {
            setCert(e.target.value as CertId | "");
            setConfirming(false);
            setResult(null);
          }}
          className="block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2"
        >
          <option value="">Choose an exam</option>
          {exams.map((e) => (
            <option key={e.cert} value={e.cert}>
              {e.name}
            </option>
          ))}
        </select>
      </div>
      {chosen ? (
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            checked={keepShared}
            onChange={(e) => setKeepShared(e.target.checked)}
            className="mt-1 size-4 accent-brand-600"
          />
          <span>Keep the {chosen.shared} items that also count for the other exam</span>
        </label>
      ) : null}
      {chosen && !confirming ? (
        <button type="button" className={buttonClass} onClick={() => setConfirming(true)}>
          Reset progress…
        </button>
      ) : null}
      {chosen && confirming ? (
        <div
          role="alertdialog"
          aria-labelledby={`${id}-confirm`}
          className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4"
        >
          <p id={`${id}-confirm`} className="font-medium text-red-900">
            Reset every item of {chosen.name} to “to do”
            {keepShared ? ", except shared items" : ", shared items included"}? Notes stay.
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              disabled={pending}
              className="inline-flex min-h-11 items-center rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60"
              onClick={() =>
                startTransition(async () => {
                  const r = await resetExamProgress({ cert: chosen.cert, keepShared });
                  setResult(r);
                  setConfirming(false);
                })
              }
            >
              {pending ? "Resetting…" : `Reset ${chosen.name}`}
            </button>
            <button type="button" className={buttonClass} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <FormMessage state={result} />
    </div>
  );
}
