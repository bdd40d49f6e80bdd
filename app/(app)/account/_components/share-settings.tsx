"use client";

import { useState, useTransition } from "react";

import type { ActionResult } from "@/lib/actions/result";
import { disableSharing, enableSharing } from "@/lib/actions/portability";

const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60";

export function ShareSettings({ initialSlug, origin }: { initialSlug: string | null; origin: string }) {
  const [slug, setSlug] = useState(initialSlug);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();
  const url = slug ? `${origin}/u/${slug}` : null;

  function run(action: () => Promise<ActionResult<{ slug: string | null }>>) {
    startTransition(async () => {
      const r = await action();
      setCopied(false);
      if (r.ok) {
        setSlug(r.data.slug);
        setError(null);
      } else setError(r.message);
    });
  }

  return (
    <div className="space-y-3">
      <p className="text-slate-700">
        A read-only page with your progress, streak and activity. It never shows your email or notes. Anyone
        with the link can see it.
      </p>
      {url ? (
        <>
          <p className="break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-sm">
            <a href={url} className="text-brand-700 underline">
              {url}
            </a>
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClass}
              onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
            >
              {copied ? "Copied" : "Copy link"}
            </button>
            <button
              type="button"
              className={buttonClass}
              disabled={pending}
              onClick={() => run(() => enableSharing({}))}
            >
              New link (the old one stops working)
            </button>
            <button
              type="button"
              className={buttonClass}
              disabled={pending}
              onClick={() => run(() => disableSharing({}))}
            >
              Turn off sharing
            </button>
          </div>
        </>
      ) : (
        <button
          type="button"
          className={buttonClass}
          disabled={pending}
          onClick={() => run(() => enableSharing({}))}
        >
          {pending ? "Creating link…" : "Create a public progress link"}
        </button>
      )}
      <div aria-live="polite" className="text-sm text-red-700">
        {error}
      </div>
    </div>
  );
}
