"use client";

import Link from "next/link";
import { useEffect } from "react";

/** /review could not load (the database is unreachable, …): nothing is lost, try again. */
export default function ReviewError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.warn("Review page error", error.digest ?? error.message);
  }, [error]);

  return (
    <div role="alert" className="space-y-4 rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="text-2xl font-semibold text-red-900">Review</h1>
      <p className="text-red-900">
        We could not load your reviews. Your cards and ratings are safe; try again in a moment.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          Try again
        </button>
        <Link href="/dashboard" className="font-medium text-brand-700 underline">
          Back to the dashboard
        </Link>
      </div>
    </div>
  );
}
