import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { saveTimeZone, setItemStatus } from "@/lib/actions/plan";
import { GET as exportProgress } from "@/app/(app)/account/progress/route";
import { GET as exportAccount } from "@/app/(app)/account/export/route";
import { applyImport, previewImport, resetExamProgress } from "@/lib/actions/portability";
import { rateCard, saveRetention } from "@/lib/actions/review";
import { CARD_CHANGED, CARD_GONE, SETTINGS_CHANGED } from "@/lib/actions/review-messages";
import { getCurrentUser } from "@/lib/auth";
import { pinClock, unpinClock } from "@/lib/clock";
import { itemsForCert } from "@/lib/curriculum";
import { getDashboardInput } from "@/lib/data/dashboard";
import { getReviewQueue } from "@/lib/data/review";
import { db } from "@/lib/db";
import type { WireCard } from "@/lib/validations/review";

import { signUpAndSignIn } from "../support/accounts";
import { testDb } from "../support/db";
import { form, newBrowser, restoreCookies, snapshotCookies } from "../support/next-request";

let n = 0;

/** Signs a new user up (this fake browser now holds their session), in `timeZone`. */
async function newUser(timeZone = "Europe/Berlin") {
  await signUpAndSignIn(`review-${Date.now()}-${++n}@example.com`, "correct horse battery staple 42");
  expect(await saveTimeZone({ timeZone })).toMatchObject({ ok: true });
  const user = (await getCurrentUser())!;
  return { user, cookies: snapshotCookies() };
}

async function cardRow(userId: string, itemId: string) {
  const rows = await testDb().sql.query<{
    dueOn: string;
    reps: number;
    lapses: number;
    stability: number;
    scheduledDays: number;
  }>(
    `SELECT to_char("dueOn", 'YYYY-MM-DD') AS "dueOn", reps, lapses, stability, "scheduledDays"
       FROM "ReviewCard" WHERE "userId" = $1::uuid AND "itemId" = $2`,
    [userId, itemId],
  );
  return rows[0] ?? null;
}

async function logCount(userId: string) {
  return db.reviewLog.count({ where: { userId } });
}

/** The card as /review hands it to the browser. */
async function shown(userId: string, itemId: string, today: string): Promise<WireCard> {
  const queue = await getReviewQueue(userId, today);
  const due = queue.due.find((d) => d.itemId === itemId);
  if (!due) throw new Error(`${itemId} is not due on ${today}`);
  return { ...due.card, lastReview: due.card.lastReview.toISOString() };
}

/** Counts the SQL statements a call sends (Prisma query events). */
async function countStatements(run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  let active = true;
  const prisma = testDb().prisma as unknown as { $on(event: "query", cb: () => void): void };
  prisma.$on("query", () => {
    if (active) count += 1;
  });
  await run();
  active = false;
  return count;
}

const [a, b, c] = itemsForCert("architect");
const A = a!.id;
const B = b!.id;
const C = c!.id;

beforeEach(() => newBrowser());
// Accounts are made at a pinned time too, so their sessions (7 days idle, 30 days in all) hold
// across the days these tests move to, whatever the real date.
beforeEach(() => pinClock("2026-11-30T08:00:00Z"));
afterEach(() => unpinClock());

describe("ticking an item makes it a review card", () => {
  it("due three local days after the tick at the default retention, in one statement", async () => {
    const { user } = await newUser("Asia/Tokyo");
    // 23:30 UTC on 30 Nov is 08:30 on 1 Dec in Tokyo.
    pinClock("2026-11-30T23:30:00Z");
    const statements = await countStatements(() => setItemStatus({ itemId: A, status: "done" }));
    expect(statements).toBe(1);
    expect(await cardRow(user.id, A)).toMatchObject({
      dueOn: "2026-12-04",
      reps: 1,
      lapses: 0,
      scheduledDays: 3,
    });
    expect((await cardRow(user.id, A))!.stability).toBeCloseTo(2.3065, 6);
  });

  it("follows the desired retention (80 %: eight days)", async () => {
    const { user } = await newUser("UTC");
    expect(await saveRetention(null, form({ retention: "80" }))).toMatchObject({ ok: true });
    pinClock("2026-11-30T09:00:00Z");
    await setItemStatus({ itemId: A, status: "done" });
    expect(await cardRow(user.id, A)).toMatchObject({ dueOn: "2026-12-08", scheduledDays: 8 });
    // The dashboard (expected recall, review time kept free in the schedule) reads it too.
    const input = await getDashboardInput(user.id, "UTC", new Date("2026-11-30T09:00:00Z"));
    expect(input.review?.retention).toBe(80);
  });

  it("removes the card when the item is un-ticked, skipped or set in progress; the log stays", async () => {
    pinClock("2026-11-30T09:00:00Z");
    const { user } = await newUser("UTC");
    for (const id of [A, B, C]) await setItemStatus({ itemId: id, status: "done" });
    pinClock("2026-12-03T09:00:00Z");
    await getCurrentUser(); // a page load on that day keeps the session alive (7-day idle window)
    expect(
      await rateCard({
        itemId: A,
        rating: "good",
        card: await shown(user.id, A, "2026-12-03"),
        retention: 90,
        timeZone: "UTC",
      }),
    ).toMatchObject({ ok: true });

    await setItemStatus({ itemId: A, status: "todo" });
    await setItemStatus({ itemId: B, status: "skipped" });
    await setItemStatus({ itemId: C, status: "in_progress" });
    for (const id of [A, B, C]) expect(await cardRow(user.id, id)).toBeNull();
    expect(await logCount(user.id)).toBe(1);

    // Ticked again: a fresh card from that day.
    pinClock("2026-12-09T09:00:00Z");
    await setItemStatus({ itemId: A, status: "done" });
    expect(await cardRow(user.id, A)).toMatchObject({ dueOn: "2026-12-12", reps: 1 });
  });

  it("repeating 'done' keeps the card as it is", async () => {
    const { user } = await newUser("UTC");
    pinClock("2026-11-30T09:00:00Z");
    await setItemStatus({ itemId: A, status: "done" });
    pinClock("2026-12-05T09:00:00Z");
    expect(await setItemStatus({ itemId: A, status: "done" })).toMatchObject({
      ok: true,
      data: { changed: false },
    });
    expect(await cardRow(user.id, A)).toMatchObject({ dueOn: "2026-12-03" });
  });

  it("marking done without the first card is refused by the database", async () => {
    const { user } = await newUser("UTC");
    await expect(
      testDb().sql.query(`SELECT * FROM set_item_status($1::uuid, $2, 'done')`, [user.id, A]),
    ).rejects.toThrow(/needs its first review card/);
    expect(await cardRow(user.id, A)).toBeNull();
  });

  it("resetting an exam removes its cards", async () => {
    const { user } = await newUser("UTC");
    await setItemStatus({ itemId: A, status: "done" });
    await resetExamProgress({ cert: "architect", keepShared: false });
    expect(await cardRow(user.id, A)).toBeNull();
  });
});

describe("rateCard", () => {
  it("writes the new state and one log row in one statement, and the due count drops", async () => {
    const { user } = await newUser("UTC");
    pinClock("2026-11-30T09:00:00Z");
    for (const id of [A, B]) await setItemStatus({ itemId: id, status: "done" });
    pinClock("2026-12-03T12:00:00Z");
    expect((await getReviewQueue(user.id, "2026-12-03")).due).toHaveLength(2);
    const card = await shown(user.id, A, "2026-12-03");

    let result: Awaited<ReturnType<typeof rateCard>> | undefined;
    const statements = await countStatements(async () => {
      result = await rateCard({ itemId: A, rating: "good", card, retention: 90, timeZone: "UTC" });
    });
    expect(statements).toBe(1);
    expect(result).toMatchObject({ ok: true, data: { itemId: A, card: { dueOn: "2026-12-17", reps: 2 } } });
    expect(await cardRow(user.id, A)).toMatchObject({ dueOn: "2026-12-17", reps: 2, scheduledDays: 14 });
    const logs = await db.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ itemId: A, rating: "good", elapsedDays: 3, scheduledDays: 14, state: 2 });
    expect(logs[0]!.reviewedAt.toISOString()).toBe("2026-12-03T12:00:00.000Z");

    const queue = await getReviewQueue(user.id, "2026-12-03");
    expect(queue.due.map((d) => d.itemId)).toEqual([B]);
    expect(queue.next).toEqual({ day: "2026-12-17", count: 1 });
    expect(queue.total).toBe(2);
  });

  it("counts a card due today in the user's time zone", async () => {
    const { user } = await newUser("Asia/Tokyo");
    pinClock("2026-11-30T09:00:00Z"); // 18:00 in Tokyo: due 3 Dec
    await setItemStatus({ itemId: A, status: "done" });
    expect((await getReviewQueue(user.id, "2026-12-02")).due).toHaveLength(0);
    expect((await getReviewQueue(user.id, "2026-12-03")).due).toHaveLength(1);
  });

  it("only ever touches the caller's own card", async () => {
    const owner = await newUser("UTC");
    pinClock("2026-11-30T09:00:00Z");
    await setItemStatus({ itemId: A, status: "done" });
    const card = await shown(owner.user.id, A, "2026-12-03");

    const other = await newUser("UTC");
    const result = await rateCard({
      itemId: A,
      rating: "easy",
      card,
      retention: 90,
      timeZone: "UTC",
      userId: owner.user.id,
    } as never);
    expect(result).toMatchObject({ ok: false, code: "not_found", message: CARD_GONE });
    expect(await cardRow(owner.user.id, A)).toMatchObject({ reps: 1, dueOn: "2026-12-03" });
    expect(await logCount(owner.user.id)).toBe(0);
    expect(await logCount(other.user.id)).toBe(0);
  });

  it("refuses a card that changed since the page showed it, so two tabs rate it once", async () => {
    const { user } = await newUser("UTC");
    pinClock("2026-11-30T09:00:00Z");
    await setItemStatus({ itemId: A, status: "done" });
    pinClock("2026-12-03T12:00:00Z");
    const card = await shown(user.id, A, "2026-12-03");
    const results = await Promise.all(
      (["good", "again", "easy"] as const).map((rating) =>
        rateCard({ itemId: A, rating, card, retention: 90, timeZone: "UTC" }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.message)).toEqual([CARD_CHANGED, CARD_CHANGED]);
    expect(await logCount(user.id)).toBe(1);

    // A client that claims another state (here: a higher stability) gets nothing written either.
    const fresh = await shown(user.id, A, "2026-12-31");
    const forged = await rateCard({
      itemId: A,
      rating: "good",
      card: { ...fresh, stability: fresh.stability * 100 },
      retention: 90,
      timeZone: "UTC",
    });
    expect(forged).toMatchObject({ ok: false, code: "conflict" });
    expect(await logCount(user.id)).toBe(1);
  });

  it("refuses when the time zone or retention the page used are no longer the user's", async () => {
    const { user } = await newUser("UTC");
    pinClock("2026-11-30T09:00:00Z");
    await setItemStatus({ itemId: A, status: "done" });
    const card = await shown(user.id, A, "2026-12-03");
    for (const claim of [
      { retention: 90, timeZone: "Europe/Paris" },
      { retention: 80, timeZone: "UTC" },
    ]) {
      expect(await rateCard({ itemId: A, rating: "good", card, ...claim })).toMatchObject({
        ok: false,
        code: "conflict",
        message: SETTINGS_CHANGED,
      });
    }
    expect(await logCount(user.id)).toBe(0);
  });

  it.each([
    [{ itemId: "no-such-item", rating: "good" }, "does not exist"],
    [{ itemId: A, rating: "perfect" }, "Choose Again, Hard, Good or Easy."],
    [{ itemId: A, rating: "good", retention: 99 }, "Unknown retention."],
    [{ itemId: A, rating: "good", timeZone: "Mars/Olympus" }, "Unknown time zone."],
    [{ itemId: A, rating: "good", card: { stability: -1 } }, ""],
    [{ itemId: A, rating: "good", card: { lastReview: "yesterday" } }, ""],
  ])("refuses %j and writes nothing", async (patch, message) => {
    const { user } = await newUser("UTC");
    pinClock("2026-11-30T09:00:00Z");
    await setItemStatus({ itemId: A, status: "done" });
    const card = await shown(user.id, A, "2026-12-03");
    const { card: cardPatch, ...rest } = patch as { card?: Partial<WireCard> };
    const result = await rateCard({
      itemId: A,
      rating: "good",
      retention: 90,
      timeZone: "UTC",
      ...rest,
      card: { ...card, ...cardPatch },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
    expect(await cardRow(user.id, A)).toMatchObject({ reps: 1 });
    expect(await logCount(user.id)).toBe(0);
  });

  it("refuses a signed-out caller", async () => {
    newBrowser();
    const result = await rateCard({
      itemId: A,
      rating: "good",
      card: {
        state: 2,
        dueOn: "2026-12-03",
        stability: 2.3065,
        difficulty: 2.11810397,
        scheduledDays: 3,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        lastReview: "2026-11-30T09:00:00.000Z",
      },
      retention: 90,
      timeZone: "UTC",
    });
    expect(result).toMatchObject({ ok: false, code: "unauthorized" });
  });
});

describe("saveRetention", () => {
  it("reschedules existing cards for the new retention, and only when it changes", async () => {
    const { user, cookies } = await newUser("UTC");
    pinClock("2026-11-30T09:00:00Z");
    await setItemStatus({ itemId: A, status: "done" });
    restoreCookies(cookies);
    expect(await saveRetention(null, form({ retention: "90" }))).toMatchObject({
      ok: true,
      data: { rescheduled: 0 },
    });
    expect(await saveRetention(null, form({ retention: "80" }))).toMatchObject({
      ok: true,
      data: { rescheduled: 1 },
    });
    expect(await cardRow(user.id, A)).toMatchObject({ dueOn: "2026-12-08", scheduledDays: 8 });
    expect((await getReviewQueue(user.id, "2026-12-01")).retention).toBe(80);
    expect(await saveRetention(null, form({ retention: "97" }))).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });
});

describe("the dashboard's read", () => {
  it("carries the due count, review days in the user's zone and the latest reviews, in its one statement", async () => {
    const { user } = await newUser("Asia/Tokyo");
    pinClock("2026-11-30T09:00:00Z");
    for (const id of [A, B, C]) await setItemStatus({ itemId: id, status: "done" });
    // 3 Dec in Tokyo from 15:00 UTC on 2 Dec: all three due.
    pinClock("2026-12-02T16:00:00Z");
    const before = await getDashboardInput(user.id, "Asia/Tokyo", new Date("2026-12-02T16:00:00Z"));
    expect(before.review).toMatchObject({ due: 3, next: null });
    expect(before.review?.cards.size).toBe(3);

    const card = await shown(user.id, A, "2026-12-03");
    expect(
      await rateCard({ itemId: A, rating: "hard", card, retention: 90, timeZone: "Asia/Tokyo" }),
    ).toMatchObject({
      ok: true,
    });
    let after: Awaited<ReturnType<typeof getDashboardInput>> | undefined;
    const statements = await countStatements(async () => {
      after = await getDashboardInput(user.id, "Asia/Tokyo", new Date("2026-12-02T16:00:00Z"));
    });
    expect(statements).toBe(1);
    expect(after!.review?.due).toBe(2);
    expect(after!.review?.next).toBe(after!.review?.cards.get(A)?.dueOn);
    // Reviewed at 01:00 on 3 Dec, Tokyo time.
    expect([...after!.review!.days]).toEqual([["2026-12-03", 1]]);
    expect(after!.review?.recent).toEqual([
      { itemId: A, rating: "hard", at: new Date("2026-12-02T16:00:00Z") },
    ]);
  });
});

describe("export and import", () => {
  it("carry card states and the review log; importing twice adds nothing twice", async () => {
    const source = await newUser("UTC");
    pinClock("2026-11-30T09:00:00Z");
    for (const id of [A, B]) await setItemStatus({ itemId: id, status: "done" });
    pinClock("2026-12-03T12:00:00Z");
    const card = await shown(source.user.id, A, "2026-12-03");
    await rateCard({ itemId: A, rating: "easy", card, retention: 90, timeZone: "UTC" });
    const text = await (
      await exportProgress(new Request("http://localhost/account/progress?format=json"))
    ).text();
    const file = JSON.parse(text) as {
      review: { cards: { itemId: string; reps: number }[]; logs: unknown[] };
    };
    expect(file.review.cards.map((c) => [c.itemId, c.reps]).sort()).toEqual(
      [
        [A, 2],
        [B, 1],
      ].sort(),
    );
    expect(file.review.logs).toHaveLength(1);

    const account = JSON.parse(await (await exportAccount()).text()) as {
      user: { reviewRetention: number; reviewCards: unknown[]; reviewLogs: unknown[] };
    };
    expect(account.user).toMatchObject({ reviewRetention: 90 });
    expect(account.user.reviewCards).toHaveLength(2);
    expect(account.user.reviewLogs).toHaveLength(1);

    const target = await newUser("UTC");
    pinClock("2026-12-05T09:00:00Z");
    const preview = await previewImport({ text, mode: "merge" });
    expect(preview).toMatchObject({ ok: true });
    if (preview.ok) expect([preview.data.reviewCards.length, preview.data.reviewLogs.length]).toEqual([2, 1]);
    expect(await applyImport({ text, mode: "merge" })).toMatchObject({
      ok: true,
      data: { reviewCards: 2, reviewLogs: 1 },
    });
    const sourceA = await cardRow(source.user.id, A);
    expect(await cardRow(target.user.id, A)).toEqual(sourceA);
    expect(await cardRow(target.user.id, B)).toMatchObject({ dueOn: "2026-12-03", reps: 1 });
    expect(await logCount(target.user.id)).toBe(1);

    expect(await applyImport({ text, mode: "merge" })).toMatchObject({
      ok: true,
      data: { reviewCards: 0, reviewLogs: 0 },
    });
    expect(await logCount(target.user.id)).toBe(1);
  });

  it("still imports a file from before spaced review: done items get a card as if ticked now", async () => {
    const { user } = await newUser("UTC");
    pinClock("2026-12-05T09:00:00Z");
    const old = JSON.stringify({
      format: "aws-study-planner/progress@1",
      exportedAt: "2026-11-01T00:00:00.000Z",
      items: [{ id: A, status: "done", note: "" }],
    });
    expect(await applyImport({ text: old, mode: "merge" })).toMatchObject({ ok: true, data: { changed: 1 } });
    expect(await cardRow(user.id, A)).toMatchObject({ dueOn: "2026-12-08", reps: 1 });
  });
});
