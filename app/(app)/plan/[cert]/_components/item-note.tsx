"use client";

import { useEffect, useRef, useState } from "react";

import { NOTE_MAX } from "@/lib/validations/note-limit";

import { useNoteMutation } from "./use-plan";

const AUTOSAVE_DELAY_MS = 800;

/**
 * "Where I left off": plain text, autosaved 800 ms after typing stops, on blur and
 * when the details close. React renders the text as text, never as HTML.
 */
export function ItemNote({
  id,
  userId,
  itemId,
  savedBody,
}: {
  /** The textarea's id, so a keyboard shortcut can focus it. */
  id: string;
  userId: string;
  itemId: string;
  savedBody: string;
}) {
  const countId = `${id}-count`;
  const statusId = `${id}-status`;
  const [draft, setDraft] = useState(savedBody);
  // Typed but not yet sent: autosave is pending.
  const [dirty, setDirty] = useState(false);
  const { save, state } = useNoteMutation(userId, itemId);

  // Read by the timer, blur and unmount handlers, which must see the newest text.
  const draftRef = useRef(savedBody);
  const lastSent = useRef(savedBody);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useRef<() => void>(() => {});
  useEffect(() => {
    flush.current = () => {
      if (timer.current) {
        clearTimeout(timer.current);
        timer.current = null;
      }
      setDirty(false);
      if (draftRef.current === lastSent.current) return;
      lastSent.current = draftRef.current;
      save(draftRef.current);
    };
  });
  // Closing the details or leaving the page must not lose the last keystrokes.
  useEffect(() => () => flush.current(), []);

  function onChange(value: string) {
    setDraft(value);
    setDirty(true);
    draftRef.current = value;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => flush.current(), AUTOSAVE_DELAY_MS);
  }

  function retry() {
    lastSent.current = draftRef.current;
    save(draftRef.current);
  }

  // Closing the tab cannot wait for a save: ask first while one is due or running.
  const unsaved = dirty || state.status === "saving";
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Note: where I left off
      </label>
      <textarea
        id={id}
        value={draft}
        maxLength={NOTE_MAX}
        rows={3}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => flush.current()}
        aria-describedby={`${countId} ${statusId}`}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600"
      />
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-sm">
        <p id={countId} className="text-slate-600">
          {draft.length.toLocaleString("en")} / {NOTE_MAX.toLocaleString("en")} characters
        </p>
        <div id={statusId} aria-live="polite" className="flex min-h-11 items-center gap-2">
          {dirty || state.status === "saving" ? (
            <span className="text-slate-600">Saving…</span>
          ) : state.status === "error" ? (
            <>
              <span className="text-red-700">Couldn&apos;t save — {state.message}</span>
              <button
                type="button"
                onClick={retry}
                className="min-h-11 rounded-md border border-slate-300 bg-white px-3 font-medium hover:bg-slate-100"
              >
                Retry
              </button>
            </>
          ) : state.status === "saved" ? (
            <span className="text-green-800">Saved</span>
          ) : null}
        </div>
      </div>
    </div>
  );
}
