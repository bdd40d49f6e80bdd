"use client";

import { useState, useTransition } from "react";

import { applyShortfallChoice } from "@/lib/actions/schedule";
import type { CertId } from "@/lib/curriculum/types";
import type { Shortfall } from "@/lib/schedule/types";

import { moveExamLabel, shortfallSentence, studyHoursLabel } from "./words";

const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-amber-400 bg-white px-3 py-2 text-sm font-medium text-amber-950 hover:bg-amber-100 disabled:opacity-60";

/** The shortfall sentence with a button for each way out; each updates the enrollment. */
export function ShortfallNotice({
  cert,
  code,
  shortfall,
}: {
  cert: CertId;
  code: string;
  shortfall: Shortfall;
}) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function apply(choice: "hours" | "date") {
    startTransition(async () => {
      const result = await applyShortfallChoice({ cert, choice });
      setMessage(
        result.ok ? { ok: true, text: result.message ?? "Saved." } : { ok: false, text: result.message },
      );
    });
  }

  return (
    <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
      <p className="font-medium">{shortfallSentence(code, shortfall)}</p>
      <div className="flex flex-wrap gap-2">
        {shortfall.studyHours !== null ? (
          <button type="button" className={buttonClass} disabled={pending} onClick={() => apply("hours")}>
            {studyHoursLabel(shortfall.studyHours)}
            <span className="sr-only">{` for ${code}`}</span>
          </button>
        ) : null}
        {shortfall.moveExamTo !== null ? (
          <button type="button" className={buttonClass} disabled={pending} onClick={() => apply("date")}>
            {moveExamLabel(shortfall.moveExamTo)}
            <span className="sr-only">{` (${code})`}</span>
          </button>
        ) : null}
      </div>
      <p aria-live="polite" className={`text-sm ${message?.ok === false ? "text-red-700" : ""}`}>
        {pending ? "Saving…" : (message?.text ?? "")}
      </p>
    </div>
  );
}
