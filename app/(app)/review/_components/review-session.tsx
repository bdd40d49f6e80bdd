"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useState } from "react";

import { formatDayWithWeekday } from "@/app/_components/format";
import { useHydrated } from "@/app/_components/use-hydrated";
import { rateCard } from "@/lib/actions/review";
import { RATING_LABELS, REVIEW_RATINGS, type ReviewRating } from "@/lib/review/ratings";
import { untilDay } from "@/lib/review/wording";
import type { WireCard } from "@/lib/validations/review";

/** One due card as the page hands it to the browser (worded on the server). */
export interface ReviewCardView {
  itemId: string;
  title: string;
  summary: string;
  note: string;
  /** "Solutions Architect and Developer" */
  exams: string;
  planHref: string;
  planName: string;
  /** "Due today", "Due since 3 Dec 2026" */
  dueText: string;
  /** "Reviewed 2 times, last on 3 Dec 2026" */
  reviewsText: string;
  /** The card as stored, sent back with the rating (ADR 030). */
  card: WireCard;
  /** What each answer would do: the next due day, and in words. */
  preview: Record<ReviewRating, { dueOn: string; words: string }>;
}

interface Rated {
  itemId: string;
  title: string;
  rating: ReviewRating;
  dueOn: string;
}

const UNREACHABLE =
  "We couldn't reach the server, so this rating was not saved. Check your connection and rate the card again.";

const RATING_STYLES: Record<ReviewRating, string> = {
  again: "border-red-300 bg-red-50 text-red-900 hover:bg-red-100",
  hard: "border-amber-300 bg-amber-50 text-amber-950 hover:bg-amber-100",
  good: "border-green-300 bg-green-50 text-green-900 hover:bg-green-100",
  easy: "border-sky-300 bg-sky-50 text-sky-900 hover:bg-sky-100",
};

/** Typing in these must never rate a card. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(target.type)
  );
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The review queue: one card at a time, four answers (buttons or keys 1–4). A rating
 * shows the next card at once and saves in the background; if the save fails the card
 * comes back to the front with the reason, and nothing is lost.
 */
export function ReviewSession({
  snapshot,
  cards,
  today,
  todayText,
  timeZone,
  retention,
  next,
  total,
  planHref,
}: {
  /** Changes with every server render: new data replaces the queue once. */
  snapshot: string;
  cards: ReviewCardView[];
  today: string;
  todayText: string;
  timeZone: string;
  retention: number;
  next: { day: string; count: number } | null;
  total: number;
  /** The user's first plan, for the empty state. */
  planHref: string;
}) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [seen, setSeen] = useState(snapshot);
  const [queue, setQueue] = useState(cards);
  const [rated, setRated] = useState<Rated[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  /** Ratings sent and not answered yet (server actions run one after another). */
  const [saving, setSaving] = useState(0);
  if (snapshot !== seen) {
    // A new server render (after a conflict): take its queue, minus what is being saved.
    setSeen(snapshot);
    setQueue(cards.filter((card) => !rated.some((r) => r.itemId === card.itemId)));
  }

  /** Saves one rating; the queue already moved on (optimistic), a failure puts the card back. */
  async function save(view: ReviewCardView, rating: ReviewRating) {
    let failure: { code: string; message: string };
    setSaving((n) => n + 1);
    try {
      const result = await rateCard({ itemId: view.itemId, rating, card: view.card, retention, timeZone });
      if (result.ok) {
        setRated((current) =>
          current.map((r) => (r.itemId === result.data.itemId ? { ...r, dueOn: result.data.card.dueOn } : r)),
        );
        return;
      }
      failure = result;
    } catch {
      failure = { code: "network", message: UNREACHABLE };
    } finally {
      setSaving((n) => n - 1);
    }
    setRated((current) => current.filter((r) => r.itemId !== view.itemId));
    setProblem(`“${view.title}”: ${failure.message}`);
    if (failure.code === "conflict" || failure.code === "not_found") {
      // The card changed elsewhere, or is gone: reload the queue from the server.
      router.refresh();
      return;
    }
    setQueue((current) => [view, ...current.filter((card) => card.itemId !== view.itemId)]);
  }

  const current = queue[0];
  const rate = (view: ReviewCardView, rating: ReviewRating) => {
    const following = queue[1];
    setAnnouncement(
      `${RATING_LABELS[rating]}: next review ${view.preview[rating].words}. ${
        following
          ? `Next card: ${following.title}. ${plural(queue.length - 1, "card")} left.`
          : "That was the last card for today."
      }`,
    );
    setQueue((current) => current.filter((card) => card.itemId !== view.itemId));
    setRated((current) => [
      ...current,
      { itemId: view.itemId, title: view.title, rating, dueOn: view.preview[rating].dueOn },
    ]);
    setProblem(null);
    void save(view, rating);
  };

  // Keys 1–4 rate the card on screen, wherever the focus is (except while typing).
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.repeat || event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return;
    if (!/^[1-4]$/.test(event.key) || !current) return;
    const rating = REVIEW_RATINGS[Number(event.key) - 1];
    if (!rating) return;
    event.preventDefault();
    rate(current, rating);
  });
  useEffect(() => {
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // Leaving while ratings are still on their way would drop them: the browser asks first.
  useEffect(() => {
    if (saving === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saving]);

  const left = queue.length;
  const nextDue = nextReview(next, rated, today);

  return (
    <div className="space-y-6" data-hydrated={hydrated ? "" : undefined}>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div aria-live="assertive">
        {problem ? (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-900">
            {problem}
          </p>
        ) : null}
      </div>

      {current ? (
        <>
          <p className="text-sm text-slate-700">
            <span className="font-semibold">{plural(left, "card")} to review today</span> ({todayText})
            {rated.length ? ` · ${rated.length} reviewed just now` : ""}
          </p>
          <section
            aria-labelledby="review-card-title"
            className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
          >
            <p className="text-sm font-medium text-brand-700">
              {current.dueText} · {current.exams}
            </p>
            <h2 id="review-card-title" className="text-xl font-semibold break-words sm:text-2xl">
              {current.title}
            </h2>
            <p className="text-slate-800">{current.summary}</p>
            <div className="space-y-1 rounded-md bg-slate-50 p-3">
              <h3 className="text-sm font-semibold text-slate-800">Your note</h3>
              {current.note ? (
                <p className="whitespace-pre-wrap break-words text-slate-800">{current.note}</p>
              ) : (
                <p className="text-sm text-slate-600">No note on this item.</p>
              )}
            </div>
            <p className="text-sm text-slate-600">
              {current.reviewsText} ·{" "}
              <Link href={current.planHref} className="font-medium text-brand-700 underline">
                Open it in the {current.planName} plan
              </Link>
            </p>
            <div
              role="group"
              aria-labelledby="rate-question"
              className="space-y-3 border-t border-slate-100 pt-4"
            >
              <p id="rate-question" className="font-medium">
                How well did you remember it?
              </p>
              <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
                {REVIEW_RATINGS.map((rating, index) => (
                  <div key={rating} className="space-y-1">
                    <button
                      type="button"
                      onClick={() => rate(current, rating)}
                      aria-describedby={`rate-${rating}-hint`}
                      aria-keyshortcuts={String(index + 1)}
                      className={`min-h-12 w-full rounded-md border px-3 py-2 text-base font-semibold ${RATING_STYLES[rating]}`}
                    >
                      {RATING_LABELS[rating]}
                    </button>
                    <p id={`rate-${rating}-hint`} className="text-center text-xs text-slate-700">
                      Next {current.preview[rating].words}
                      <span className="hidden sm:inline"> · key {index + 1}</span>
                    </p>
                  </div>
                ))}
              </div>
              <p className="text-sm text-slate-600">
                Again: you had forgotten it. Hard: you remembered with effort. Good: you remembered it. Easy:
                effortless. Keys 1 to 4 answer too.
              </p>
            </div>
          </section>
        </>
      ) : (
        <section
          aria-labelledby="review-empty-heading"
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
        >
          <h2 id="review-empty-heading" className="text-xl font-semibold">
            {total === 0 && rated.length === 0
              ? "No review cards yet"
              : rated.length
                ? "All done for today"
                : "Nothing to review today"}
          </h2>
          {total === 0 && rated.length === 0 ? (
            <p className="text-slate-700">
              When you mark an item done on your plan it becomes a review card, and comes back here a few days
              later for a quick check.
            </p>
          ) : (
            <p className="text-slate-700">
              {rated.length ? `You reviewed ${plural(rated.length, "card")}. ` : ""}
              {nextDue
                ? `Next review: ${formatDayWithWeekday(nextDue.day)} (${untilDay(today, nextDue.day)}), ${plural(nextDue.count, "card")}.`
                : "Nothing else is scheduled."}
            </p>
          )}
          {rated.length ? (
            <p role="status" className="text-sm text-slate-600">
              {saving > 0 ? "Saving your ratings…" : "Your ratings are saved."}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            <Link
              href="/dashboard"
              className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
            >
              Back to the dashboard
            </Link>
            {total === 0 ? (
              <Link
                href={planHref}
                className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
              >
                Open your plan
              </Link>
            ) : null}
          </div>
        </section>
      )}

      {rated.length ? (
        <section aria-labelledby="reviewed-heading" className="space-y-2">
          <h2 id="reviewed-heading" className="text-lg font-semibold">
            Reviewed just now
          </h2>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4">
            {[...rated].reverse().map((r) => (
              <li key={r.itemId} className="py-2 text-sm">
                <span className="font-medium">{r.title}</span>: {RATING_LABELS[r.rating]} · next{" "}
                {untilDay(today, r.dueOn)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The earliest day after today with a card due: the server's, or one just rated. */
function nextReview(
  fromServer: { day: string; count: number } | null,
  rated: readonly Rated[],
  today: string,
): { day: string; count: number } | null {
  let best = fromServer;
  for (const r of rated) {
    if (r.dueOn <= today) continue;
    if (!best || r.dueOn < best.day) best = { day: r.dueOn, count: 1 };
    else if (r.dueOn === best.day) best = { day: best.day, count: best.count + 1 };
  }
  return best;
}
