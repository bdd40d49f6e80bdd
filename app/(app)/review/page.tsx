import type { Metadata } from "next";

import { requireUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock/request";
import { certifications, getItem } from "@/lib/curriculum";
import type { CertId } from "@/lib/curriculum/types";
import { getReviewQueue } from "@/lib/data/review";
import { dayKey } from "@/lib/progress/days";
import { previewDueDays, REVIEW_RATINGS } from "@/lib/review/fsrs";
import { untilDay } from "@/lib/review/wording";

import { formatDay, formatDayWithWeekday } from "@/app/_components/format";

import { ReviewSession, type ReviewCardView } from "./_components/review-session";

export const metadata: Metadata = { title: "Review" };

/**
 * /review: the cards due today in the user's time zone, one at a time. The page reads
 * everything in one statement (plus the session check); ts-fsrs runs here, on the
 * server, to word what each answer would mean, so the library never reaches the browser.
 */
export default async function ReviewPage() {
  const user = await requireUser();
  const now = await requestNow();
  const today = dayKey(now, user.timeZone);
  const queue = await getReviewQueue(user.id, today);

  const cards: ReviewCardView[] = [];
  for (const due of queue.due) {
    const item = getItem(due.itemId);
    // A card whose item left the curriculum has nothing to show; it stays until un-ticked.
    if (!item || item.id !== due.itemId) continue;
    const cert: CertId = queue.certs.find((c) => item.certs.includes(c)) ?? item.certs[0] ?? "architect";
    const preview = previewDueDays(due.card, now, user.timeZone, queue.retention);
    cards.push({
      itemId: item.id,
      title: item.title,
      summary: item.summary,
      note: due.note,
      exams: item.certs.map((c) => certifications[c].shortName).join(" and "),
      planHref: `/plan/${cert}#item-${item.id}`,
      planName: certifications[cert].shortName,
      dueText: due.card.dueOn < today ? `Due since ${formatDay(due.card.dueOn)}` : "Due today",
      reviewsText:
        due.card.reps <= 1
          ? `First review since you marked it done on ${formatDay(dayKey(due.card.lastReview, user.timeZone))}`
          : `Reviewed ${due.card.reps - 1} time${due.card.reps === 2 ? "" : "s"}, last on ${formatDay(dayKey(due.card.lastReview, user.timeZone))}${due.card.lapses ? ` · forgotten ${due.card.lapses} time${due.card.lapses === 1 ? "" : "s"}` : ""}`,
      card: { ...due.card, lastReview: due.card.lastReview.toISOString() },
      preview: Object.fromEntries(
        REVIEW_RATINGS.map((rating) => [
          rating,
          { dueOn: preview[rating], words: untilDay(today, preview[rating]) },
        ]),
      ) as ReviewCardView["preview"],
    });
  }

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">Review</h1>
        <p className="max-w-3xl text-slate-700">
          Topics you finished come back just before you would start to forget them (FSRS). Recall what you
          know about each one, check it against the summary and your note, then say how well you remembered.
          Days are in your time zone ({user.timeZone}).
        </p>
      </header>
      <ReviewSession
        snapshot={crypto.randomUUID()}
        cards={cards}
        today={today}
        todayText={formatDayWithWeekday(today)}
        timeZone={user.timeZone}
        retention={queue.retention}
        next={queue.next}
        total={queue.total}
        planHref={`/plan/${queue.certs[0] ?? "architect"}`}
      />
    </div>
  );
}
