"use client";

import { useState, useTransition, type ReactNode } from "react";

import type { ActionResult } from "@/lib/actions/result";

const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60";

/**
 * A private address that anyone holding it can open (the calendar feed, the public progress page):
 * create it, copy it, replace it (the old one stops working) or turn it off.
 */
export function PrivateLink<D>({
  intro,
  initialSecret,
  secretOf,
  linkOf,
  create,
  turnOff,
  labels,
}: {
  intro: ReactNode;
  initialSecret: string | null;
  /** The secret the server action returned (null once turned off). */
  secretOf: (data: D) => string | null;
  /** What to show (and open) and what to copy for a secret. */
  linkOf: (secret: string) => { shown: string; copied: string };
  create: () => Promise<ActionResult<D>>;
  turnOff: () => Promise<ActionResult<D>>;
  labels: { copy: string; renew: string; off: string; create: string };
}) {
  const [secret, setSecret] = useState(initialSecret);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();
  const link = secret ? linkOf(secret) : null;

  function run(action: () => Promise<ActionResult<D>>) {
    startTransition(async () => {
      const r = await action();
      setCopied(false);
      if (r.ok) {
        setSecret(secretOf(r.data));
        setError(null);
      } else setError(r.message);
    });
  }

  return (
    <div className="space-y-3">
      <p className="text-slate-700">{intro}</p>
      {link ? (
        <>
          <p className="break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-sm">
            <a href={link.shown} className="text-brand-700 underline">
              {link.shown}
            </a>
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={buttonClass}
              onClick={() => void navigator.clipboard?.writeText(link.copied).then(() => setCopied(true))}
            >
              {copied ? "Copied" : labels.copy}
            </button>
            <button type="button" className={buttonClass} disabled={pending} onClick={() => run(create)}>
              {labels.renew}
            </button>
            <button type="button" className={buttonClass} disabled={pending} onClick={() => run(turnOff)}>
              {labels.off}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className={buttonClass} disabled={pending} onClick={() => run(create)}>
          {pending ? "Creating link…" : labels.create}
        </button>
      )}
      <div aria-live="polite" className="text-sm text-red-700">
        {error}
      </div>
    </div>
  );
}
