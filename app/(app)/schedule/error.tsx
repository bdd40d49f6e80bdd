"use client";

import Link from "next/link";
import { useEffect } from "react";

/** The schedule could not be built or read: say so, keep the rest of the app reachable. */
export default function ScheduleError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.warn("Schedule error", error.digest ?? error.message);
  }, [error]);
  return (
    <div role="alert" className="space-y-4 py-12 text-center">
      <h1 className="text-2xl font-semibold">Schedule</h1>
      <p className="text-slate-700">
        We could not load your schedule just now. Your progress and plan are safe. Try again in a moment.
      </p>
      <div className="flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          Try again
        </button>
        <Link
          href="/dashboard"
          className="inline-flex items-center px-4 py-2 font-medium text-brand-700 underline"
        >
          Go to the dashboard
        </Link>
      </div>
    </div>
  );
}
