"use client";

import { useState, useTransition } from "react";

import type { ActionResult } from "@/lib/actions/result";
import { disableCalendarFeed, enableCalendarFeed } from "@/lib/actions/schedule";

const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60";

/** The private calendar subscription: create, copy, replace or turn off its address. */
export function CalendarSettings({ initialToken, origin }: { initialToken: string | null; origin: string }) {
  const [token, setToken] = useState(initialToken);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();
  const https = token ? `${origin}/calendar/${token}.ics` : null;
  const webcal = https ? https.replace(/^https?:/, "webcal:") : null;

  function run(action: () => Promise<ActionResult<{ token: string | null }>>) {
    startTransition(async () => {
      const r = await action();
      setCopied(false);
      if (r.ok) {
        setToken(r.data.token);
        setError(null);
      } else setError(r.message);
    });
  }

  return (
    <div className="space-y-3">
      <p className="text-slate-700">
        Subscribe to your schedule from Google Calendar, Apple Calendar or Outlook: your exam dates and one
        event per study week, kept up to date as you tick items and change your plan. The address is private:
        anyone who has it can read your schedule, so replace it if it leaks.
      </p>
      {webcal && https ? (
        <>
          <p className="break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-sm">
            <a href={webcal} className="text-brand-700 underline">
              {webcal}
            </a>
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClass}
              onClick={() => void navigator.clipboard?.writeText(https).then(() => setCopied(true))}
            >
              {copied ? "Copied" : "Copy calendar link"}
            </button>
            <button
              type="button"
              className={buttonClass}
              disabled={pending}
              onClick={() => run(() => enableCalendarFeed({}))}
            >
              New calendar link (the old one stops working)
            </button>
            <button
              type="button"
              className={buttonClass}
              disabled={pending}
              onClick={() => run(() => disableCalendarFeed({}))}
            >
              Turn off the calendar link
            </button>
          </div>
        </>
      ) : (
        <button
          type="button"
          className={buttonClass}
          disabled={pending}
          onClick={() => run(() => enableCalendarFeed({}))}
        >
          {pending ? "Creating link…" : "Create a calendar link"}
        </button>
      )}
      <div aria-live="polite" className="text-sm text-red-700">
        {error}
      </div>
    </div>
  );
}
