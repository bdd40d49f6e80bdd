import Link from "next/link";

import { count } from "@/app/_components/format";

/** "N reviews due" with the way to /review, and when the next ones come otherwise. */
export function ReviewWidget({
  due,
  nextText,
}: {
  due: number;
  /** "Thu 17 Dec 2026 (in 14 days)", worded on the server; null when no card is scheduled. */
  nextText: string | null;
}) {
  return (
    <section
      aria-labelledby="reviews-heading"
      className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:px-6"
    >
      <div className="min-w-0 space-y-1">
        <h2 id="reviews-heading" className="text-lg font-semibold">
          Spaced review
        </h2>
        <p className="text-sm text-slate-700">
          {due > 0
            ? "Topics you finished, back just before you would start to forget them."
            : nextText
              ? `Nothing to review today. Next review: ${nextText}.`
              : "Mark items done on your plan and they come back here for review a few days later."}
        </p>
      </div>
      <Link
        href="/review"
        className={`inline-flex min-h-11 items-center rounded-md px-4 py-2 font-semibold ${
          due > 0
            ? "bg-brand-600 text-white hover:bg-brand-700"
            : "border border-brand-600 bg-white text-brand-700 hover:bg-brand-50"
        }`}
      >
        {`${count(due, "review")} due`}
      </Link>
    </section>
  );
}
