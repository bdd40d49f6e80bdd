// `npm run db:seed`: a demo user with a few weeks of progress, for local use only.
import { hashPassword } from "../lib/auth/password";
import { itemsForCert } from "../lib/curriculum";
import { createPrismaClient } from "../lib/db/client";
import { parseEnv } from "../lib/env";
import { dayKey } from "../lib/progress/days";
import { DEFAULT_RETENTION, firstReviewCard, reviewCard, type ReviewRating } from "../lib/review/fsrs";

const DEMO_EMAIL = "demo@example.com";
const DEMO_PASSWORD = "demo study plan 2026";

async function main() {
  const env = parseEnv({ ...process.env, NEXT_PHASE: "phase-production-build" });
  if (env.NODE_ENV === "production") throw new Error("Refusing to seed demo data with NODE_ENV=production.");
  const db = createPrismaClient({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, poolMax: 2 });
  try {
    await db.user.deleteMany({ where: { email: DEMO_EMAIL } });
    const user = await db.user.create({
      data: {
        email: DEMO_EMAIL,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        timeZone: "Europe/Berlin",
        enrollments: {
          create: [
            // 8 h a week, so /schedule has a plan to show.
            {
              cert: "architect",
              position: 0,
              targetDate: new Date(Date.now() + 70 * 86_400_000),
              weeklyHours: 8,
            },
            { cert: "developer", position: 1 },
          ],
        },
      },
    });
    // Three items a day on most of the last 25 days.
    const items = itemsForCert("architect").slice(0, 60);
    const now = Date.now();
    const activity: { userId: string; itemId: string; fromStatus: "todo"; toStatus: "done"; at: Date }[] = [];
    items.forEach((item, i) => {
      const daysAgo = 25 - Math.floor(i / 3);
      if (daysAgo < 0 || daysAgo % 6 === 5) return;
      activity.push({
        userId: user.id,
        itemId: item.id,
        fromStatus: "todo",
        toStatus: "done",
        at: new Date(now - daysAgo * 86_400_000),
      });
    });
    await db.activity.createMany({ data: activity });
    await db.itemProgress.createMany({
      data: activity.map((a) => ({ userId: user.id, itemId: a.itemId, status: "done" as const })),
    });
    const done = new Set(activity.map((a) => a.itemId));
    const next = items.find((item) => !done.has(item.id));
    if (next)
      await db.itemProgress.create({ data: { userId: user.id, itemId: next.id, status: "in_progress" } });
    // A few "where I left off" notes: /review shows them beside the summary.
    const noted = activity.filter((_, index) => index % 4 === 0).slice(0, 4);
    const notes = [
      "Rented capacity, pay for what runs. Managed services = less undifferentiated work. Revisit the shared responsibility model.",
      "Regions > AZs > edge locations. Pick a Region for latency, compliance and price; spread across AZs for availability.",
      "Root user only for account tasks; MFA everywhere. Roles over long-lived keys.",
      "Budgets + Cost Explorer first; tags make the bill readable.",
    ];
    await db.itemNote.createMany({
      data: noted.map((a, index) => ({ userId: user.id, itemId: a.itemId, body: notes[index] ?? "" })),
    });
    const reviews = await seedReviews(db, user.id, activity, new Date(now));
    // Four practice exams for the architect exam over the last three weeks, "Design Secure Architectures" the weakest domain.
    const practice = [
      { daysAgo: 20, percent: 58, domains: [52, 62, 60, 57] },
      { daysAgo: 13, percent: 63, domains: [55, 68, 64, 63] },
      { daysAgo: 7, percent: 66, domains: [58, 71, 68, 66] },
      { daysAgo: 2, percent: 70, domains: [62, 75, 72, 70] },
    ];
    for (const [i, attempt] of practice.entries()) {
      await db.examAttempt.create({
        data: {
          userId: user.id,
          cert: "architect",
          examCode: "SAA-C03",
          kind: "practice",
          takenOn: new Date(new Date(now - attempt.daysAgo * 86_400_000).toISOString().slice(0, 10)),
          source: i % 2 === 0 ? "tutorials_dojo" : "skill_builder_practice_exam",
          mode: "timed_full_exam",
          questions: 65,
          correct: Math.round((attempt.percent * 65) / 100),
          percent: Math.round((Math.round((attempt.percent * 65) / 100) / 65) * 1000) / 10,
          domains: {
            create: attempt.domains.map((percent, d) => ({ domainId: `saa-c03-d${d + 1}`, percent })),
          },
        },
      });
    }
    console.log(
      `Seeded ${DEMO_EMAIL} / "${DEMO_PASSWORD}" with ${activity.length} items done, ${reviews.logs} past reviews and ${reviews.due} review cards due today, and ${practice.length} practice exams.`,
    );
  } finally {
    await db.$disconnect();
  }
}

/**
 * Review cards for the done items, with a believable past (ADR 029): each item became a
 * card when ticked; it was then reviewed on each due day before today, mostly "Good",
 * sometimes "Hard", "Again" or "Easy", through the same ts-fsrs mapping the app uses.
 * Every fourth item skipped its last review, so several cards are due on the day the
 * seed runs (more come due on their own).
 */
async function seedReviews(
  db: ReturnType<typeof createPrismaClient>,
  userId: string,
  ticks: readonly { itemId: string; at: Date }[],
  now: Date,
) {
  const timeZone = "Europe/Berlin";
  const today = dayKey(now, timeZone);
  const pattern: ReviewRating[] = ["good", "good", "hard", "good", "easy", "good", "again", "good"];
  const cards = [];
  const logs = [];
  for (const [index, tick] of ticks.entries()) {
    let card = firstReviewCard(tick.at, timeZone, DEFAULT_RETENTION);
    for (let review = 0; card.dueOn < today; review++) {
      if (index % 4 === 0 && review > 0) break; // left overdue: due today
      // Reviewed at 19:00 UTC (evening in Berlin) on the due day.
      const at = new Date(`${card.dueOn}T19:00:00Z`);
      if (at >= now) break;
      const rating = pattern[(index + review) % pattern.length] ?? "good";
      const next = reviewCard(card, rating, at, timeZone, DEFAULT_RETENTION);
      logs.push({ userId, itemId: tick.itemId, ...next.log, dueOn: new Date(`${next.log.dueOn}T00:00:00Z`) });
      card = next.card;
    }
    cards.push({ userId, itemId: tick.itemId, ...card, dueOn: new Date(`${card.dueOn}T00:00:00Z`) });
  }
  await db.reviewCard.createMany({ data: cards });
  await db.reviewLog.createMany({ data: logs });
  return { logs: logs.length, due: cards.filter((c) => c.dueOn.toISOString().slice(0, 10) <= today).length };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
