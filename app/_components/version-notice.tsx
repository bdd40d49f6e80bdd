"use client";

import Link from "next/link";
import { useState, useTransition } from "react";

import { formatDay } from "@/app/_components/format";
import { dismissNotice } from "@/lib/actions/notices";
import type { CertId } from "@/lib/curriculum/types";
import type { VersionNotice } from "@/lib/curriculum/versions";

/**
 * "Your exam moved to a new version": shown on the plan and the dashboard to a
 * candidate who enrolled before the new version started, until dismissed
 * (dismissing it on one page hides it on both). Hidden at once on "Dismiss";
 * shown again with the reason if the server refuses.
 */
export function VersionNoticeBanner({
  notice,
  cert,
  examName,
  level = 2,
}: {
  notice: VersionNotice;
  cert: CertId;
  examName: string;
  /** Heading level: 3 inside the dashboard's exam card. */
  level?: 2 | 3;
}) {
  const Heading = level === 3 ? "h3" : "h2";
  const [hidden, setHidden] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const headingId = `notice-${notice.id.replace(/[^a-zA-Z0-9]/g, "-")}`;

  function dismiss() {
    setHidden(true);
    setError(null);
    startTransition(async () => {
      try {
        const result = await dismissNotice({ notice: notice.id });
        if (!result.ok) {
          setHidden(false);
          setError(result.message);
        }
      } catch {
        setHidden(false);
        setError("We couldn't reach the server, so the notice will show again. Try again in a moment.");
      }
    });
  }

  if (hidden) {
    // Announced once the server has stored it, so a reload right after can't bring the notice back.
    return (
      <p role="status" className="sr-only">
        {pending ? "" : "Notice dismissed."}
      </p>
    );
  }

  return (
    <section
      aria-labelledby={headingId}
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950"
    >
      <Heading id={headingId} className="font-semibold">
        {`Your plan now follows ${notice.code}`}
      </Heading>
      <p>
        {`AWS replaced ${notice.previousCode} with ${notice.code} for exams from ${formatDay(notice.since)}, and your ${examName} plan follows ${notice.code} now. Everything you ticked and every note is kept.`}
      </p>
      <p>
        {`What is new: ${notice.newTopics} topics to study (they start as to do), among them the security of AI services, and new domain weights of ${notice.weights.join(" / ")} %.`}
      </p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <Link
          href={`/plan/${cert}#what-changed`}
          className="inline-flex min-h-11 items-center font-medium text-amber-950 underline"
        >
          {`What changed in ${notice.code}`}
        </Link>
        <button
          type="button"
          onClick={dismiss}
          disabled={pending}
          className="inline-flex min-h-11 items-center rounded-md border border-amber-400 bg-white px-3 font-medium text-amber-950 hover:bg-amber-100"
        >
          Dismiss<span className="sr-only">{` the ${notice.code} notice`}</span>
        </button>
      </div>
      <div aria-live="polite" className="text-sm">
        {error ? <p className="text-red-800">{error}</p> : null}
      </div>
    </section>
  );
}
