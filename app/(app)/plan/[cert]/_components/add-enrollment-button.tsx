"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { addEnrollment } from "@/lib/actions/plan";
import type { CertId } from "@/lib/curriculum/types";

/** "Add <exam> to my plan" on the read-only plan of an exam the user has not chosen. */
export function AddEnrollmentButton({ cert, examName }: { cert: CertId; examName: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function add() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await addEnrollment({ cert });
        if (!result.ok) {
          setError(result.message);
          return;
        }
        router.refresh();
      } catch {
        setError("We couldn't reach the server, so nothing was saved. Check your connection and try again.");
      }
    });
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={add}
        disabled={pending}
        aria-disabled={pending}
        className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-left font-medium text-white hover:bg-brand-700 disabled:opacity-70"
      >
        {pending ? "Adding…" : `Add ${examName} to my plan`}
      </button>
      <div aria-live="polite" className="text-sm">
        {error ? <p className="text-red-700">{error}</p> : null}
      </div>
    </div>
  );
}
