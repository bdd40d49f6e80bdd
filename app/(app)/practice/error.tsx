"use client";

import { useEffect } from "react";

/** The practice log could not load: say so, keep the rest of the app usable, offer a retry. */
export default function PracticeError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    // The digest links this message to the server log entry.
    console.warn("Practice page error", error.digest ?? error.message);
  }, [error]);

  return (
    <div role="alert" className="space-y-4 py-12 text-center">
      <h1 className="text-2xl font-semibold">We could not load your practice log</h1>
      <p className="text-slate-700">Your logged attempts are safe. Try again in a moment.</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        Try again
      </button>
    </div>
  );
}
