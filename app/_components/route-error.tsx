"use client";

import Link from "next/link";
import { useEffect } from "react";

/**
 * What a page shows when it could not load (the database unreachable, …): what failed, that nothing
 * saved is lost, a retry, and a way on. Each route's error.tsx gives its own words.
 */
export function RouteError({
  error,
  reset,
  title,
  message,
  log,
  dashboardLink = true,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  title: string;
  message: string;
  /** Names the page in the browser console (never the error's details beyond its digest). */
  log: string;
  dashboardLink?: boolean;
}) {
  useEffect(() => {
    console.warn(log, error.digest ?? error.message);
  }, [error, log]);

  return (
    <div role="alert" className="space-y-4 py-12 text-center">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-700">{message}</p>
      <div className="flex flex-wrap items-center justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          Try again
        </button>
        {dashboardLink ? (
          <Link
            href="/dashboard"
            className="inline-flex min-h-11 items-center px-4 py-2 font-medium text-brand-700 underline"
          >
            Go to the dashboard
          </Link>
        ) : null}
      </div>
    </div>
  );
}
