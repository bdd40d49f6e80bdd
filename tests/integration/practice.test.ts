import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import PracticePage from "@/app/(app)/practice/page";
import { saveEnrollments, setItemStatus } from "@/lib/actions/plan";
import { deleteAttempt, saveAttempt } from "@/lib/actions/practice";
import { getCurrentUser } from "@/lib/auth";
import { pinClock, unpinClock } from "@/lib/clock";
import { certifications, items, itemsForVersion, skillAreas, steps, versionsForPlan } from "@/lib/curriculum";
import { getDashboardInput } from "@/lib/data/dashboard";
import { getPracticePageData } from "@/lib/data/practice";
import { getScheduleRows } from "@/lib/data/schedule";
import { db } from "@/lib/db";
import { buildDashboard } from "@/lib/progress/dashboard";
import { focusDomainsFromResults } from "@/lib/readiness/focus";
import { MAX_ATTEMPTS } from "@/lib/readiness/types";

import { signUpAndSignIn } from "../support/accounts";
import { testDb } from "../support/db";
import { form, newBrowser, redirectOf, restoreCookies, snapshotCookies } from "../support/next-request";

let n = 0;
async function newUser(enroll: Record<string, string> = { developer: "on", timeZone: "UTC" }) {
  await signUpAndSignIn(`practice-${Date.now()}-${++n}@example.com`, "correct horse battery staple 42");
  await redirectOf(() => saveEnrollments(null, form(enroll)));
  const user = (await getCurrentUser())!;
  return { user, cookies: snapshotCookies() };
}

const practice = {
  kind: "practice",
  cert: "developer",
  date: "2026-12-03",
  source: "tutorials_dojo",
  mode: "timed_full_exam",
  percent: "64",
};

async function attemptCount(userId: string) {
  return db.examAttempt.count({ where: { userId } });
}

beforeEach(() => pinClock("2026-12-10T12:00:00Z"));
afterEach(() => unpinClock());

describe("saveAttempt", () => {
  it("logs a practice attempt under the version of its date, with per-domain rows", async () => {
    const { user } = await newUser();
    const c02 = await saveAttempt({
      ...practice,
      date: "2026-11-30",
      domainScores: { "dva-c02-d3": "9/12" },
    });
    const c03 = await saveAttempt({ ...practice, date: "2026-12-01", domainScores: { "dva-c03-d3": "58" } });
    expect(c02).toMatchObject({ ok: true, message: "Attempt saved." });
    expect(c03.ok).toBe(true);
    const rows = await db.examAttempt.findMany({
      where: { userId: user.id },
      include: { domains: true },
      orderBy: { takenOn: "asc" },
    });
    expect(rows.map((r) => [r.examCode, r.takenOn.toISOString().slice(0, 10), r.percent])).toEqual([
      ["DVA-C02", "2026-11-30", 64],
      ["DVA-C03", "2026-12-01", 64],
    ]);
    expect(rows[0]!.domains).toEqual([
      { attemptId: rows[0]!.id, domainId: "dva-c02-d3", percent: 75, correct: 9, total: 12, meets: null },
    ]);
  });

  it("refuses a date after today in the user's time zone, and takes today", async () => {
    // 2026-12-10 23:30 UTC is already 11 Dec in Tokyo.
    pinClock("2026-12-10T23:30:00Z");
    const utc = await newUser();
    expect(await saveAttempt({ ...practice, date: "2026-12-11" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { date: ["Choose today or an earlier date: the date cannot be in the future."] },
    });
    expect((await saveAttempt({ ...practice, date: "2026-12-10" })).ok).toBe(true);
    expect(await attemptCount(utc.user.id)).toBe(1);

    await newUser({ developer: "on", timeZone: "Asia/Tokyo" });
    expect((await saveAttempt({ ...practice, date: "2026-12-11" })).ok).toBe(true);
    expect((await saveAttempt({ ...practice, date: "2026-12-12" })).ok).toBe(false);
  });

  it.each([
    [{ percent: "101" }, "percent"],
    [{ percent: "", questions: "65", correct: "70" }, "correct"],
    [{ domainScores: { "dva-c03-d1": "140" } }, "domain:dva-c03-d1"],
    [{ kind: "official", percent: "", scaledScore: "1200", result: "pass" }, "scaledScore"],
    [{ kind: "official", scaledScore: "650", result: "pass" }, "result"],
  ])("refuses %j with the error on its field and writes nothing", async (change, field) => {
    const { user } = await newUser();
    const r = await saveAttempt({ ...practice, ...change });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect(await attemptCount(user.id)).toBe(0);
  });

  it("logs a failed exam; the retake date and weak domains show on the dashboard", async () => {
    const { user } = await newUser();
    const r = await saveAttempt({
      kind: "official",
      cert: "developer",
      date: "2026-12-08",
      scaledScore: "684",
      result: "fail",
      domainResults: { "dva-c03-d2": "needs-improvement", "dva-c03-d1": "meets" },
    });
    expect(r).toMatchObject({ ok: true, message: "Exam result saved." });
    const now = new Date("2026-12-10T12:00:00Z");
    const input = await getDashboardInput(user.id, "UTC", now);
    const card = buildDashboard({ ...input, now }, { items, certifications, steps, skillAreas }).exams[0]!
      .practice;
    expect(card.summary.standingFail).toMatchObject({
      scaledScore: 684,
      passed: false,
      retakeFrom: "2026-12-22",
    });
    expect(card.drill.map((d) => d.id)).toEqual(["dva-c03-d2"]);
  });

  it("edits an attempt in place, replacing its domain rows, and deletes it", async () => {
    const { user } = await newUser();
    const created = await saveAttempt({
      ...practice,
      domainScores: { "dva-c03-d1": "50", "dva-c03-d2": "60" },
    });
    if (!created.ok) throw new Error(created.message);
    const id = created.data.id;
    expect(
      await saveAttempt({
        ...practice,
        id,
        percent: "71",
        notes: "retook",
        domainScores: { "dva-c03-d4": "80" },
      }),
    ).toMatchObject({ ok: true, message: "Attempt updated." });
    const row = await db.examAttempt.findUniqueOrThrow({ where: { id }, include: { domains: true } });
    expect([row.percent, row.notes, row.domains.map((d) => [d.domainId, d.percent])]).toEqual([
      71,
      "retook",
      [["dva-c03-d4", 80]],
    ]);
    expect(await deleteAttempt({ id })).toMatchObject({ ok: true });
    expect(await attemptCount(user.id)).toBe(0);
    expect(await db.examAttemptDomain.count({ where: { attemptId: id } })).toBe(0);
    expect(await deleteAttempt({ id })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("needs a session", async () => {
    newBrowser();
    expect(await saveAttempt(practice)).toMatchObject({ ok: false, code: "unauthorized" });
    expect(await deleteAttempt({ id: "3f1c2b9e-5d4a-4e8f-9a7b-1c2d3e4f5a6b" })).toMatchObject({
      ok: false,
      code: "unauthorized",
    });
  });
});

describe("ownership", () => {
  it("nobody can edit, delete or read another user's attempts", async () => {
    const a = await newUser();
    const created = await saveAttempt({ ...practice, notes: "A-PRIVATE-NOTE" });
    if (!created.ok) throw new Error(created.message);
    const id = created.data.id;

    const b = await newUser();
    expect(await saveAttempt({ ...practice, id, percent: "99" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await deleteAttempt({ id })).toMatchObject({ ok: false, code: "not_found" });
    // A user id sent by the client is ignored: the attempt is B's own.
    expect((await saveAttempt({ ...practice, userId: a.user.id } as never)).ok).toBe(true);

    const mine = await getPracticePageData(b.user.id, "UTC");
    expect(mine.attempts.map((x) => x.id)).not.toContain(id);
    expect(mine.attempts).toHaveLength(1);
    const dashboard = await getDashboardInput(b.user.id, "UTC", new Date("2026-12-10T12:00:00Z"));
    expect(dashboard.attempts?.map((x) => x.id)).not.toContain(id);

    // B's page, rendered for B, shows nothing of A's.
    const html = renderToString(await PracticePage());
    expect(html).not.toContain("A-PRIVATE-NOTE");

    restoreCookies(a.cookies);
    const row = await db.examAttempt.findUniqueOrThrow({ where: { id } });
    expect([row.userId, row.percent, row.notes]).toEqual([a.user.id, 64, "A-PRIVATE-NOTE"]);
    expect(await attemptCount(a.user.id)).toBe(1);
    expect(renderToString(await PracticePage())).toContain("A-PRIVATE-NOTE");
  });
});

describe("the cap on attempts", () => {
  it("holds under concurrent saves", async () => {
    const { user } = await newUser();
    await testDb().sql.query(
      `INSERT INTO "ExamAttempt" ("userId", cert, "examCode", kind, "takenOn", source, mode, percent, "updatedAt")
       SELECT $1::uuid, 'developer', 'DVA-C03', 'practice', DATE '2026-12-02', 'whizlabs', 'review', 50, now()
         FROM generate_series(1, $2::int)`,
      [user.id, MAX_ATTEMPTS - 2],
    );
    const results = await Promise.all(Array.from({ length: 6 }, () => saveAttempt(practice)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(4);
    expect(await attemptCount(user.id)).toBe(MAX_ATTEMPTS);
  });
});

describe("the database itself", () => {
  it("refuses scores out of range, whatever writes them", async () => {
    const { user } = await newUser();
    const insert = (percent: number | null, scaled: number | null, kind: string) =>
      testDb().sql.query(
        `INSERT INTO "ExamAttempt" ("userId", cert, "examCode", kind, "takenOn", source, mode, percent, "scaledScore", passed, "updatedAt")
         VALUES ($1::uuid, 'developer', 'DVA-C03', $2::"AttemptKind", DATE '2026-12-02',
                 CASE WHEN $2 = 'practice' THEN 'whizlabs'::"PracticeSource" END,
                 CASE WHEN $2 = 'practice' THEN 'review'::"PracticeMode" END, $3, $4,
                 CASE WHEN $2 = 'official' THEN false END, now())`,
        [user.id, kind, percent, scaled],
      );
    await expect(insert(101, null, "practice")).rejects.toThrow(/ExamAttempt_percent_check/);
    await expect(insert(null, 1001, "official")).rejects.toThrow(/ExamAttempt_scaledScore_check/);
    await expect(insert(null, 99, "official")).rejects.toThrow(/ExamAttempt_scaledScore_check/);
    await expect(insert(50, 700, "official")).rejects.toThrow(/ExamAttempt_kind_check/);
    await insert(50, null, "practice");
    expect(await attemptCount(user.id)).toBe(1);
  });
});

describe("the drill list and readiness from real rows", () => {
  it("lists the weakest domain's items not done or done before the weak result, and combines evidence", async () => {
    const { user } = await newUser();
    const c03 = versionsForPlan([{ cert: "developer", targetDate: null }], "2026-12-10")[0]!;
    const security = itemsForVersion(c03).filter((item) => item.domains.includes("dva-c03-d2"));
    const [first, second, third] = security;
    // The database stamps "done" with its own clock: set the days the test needs.
    await setItemStatus({ itemId: first!.id, status: "done" });
    await setItemStatus({ itemId: third!.id, status: "done" });
    await testDb().sql.query(
      `UPDATE "ItemProgress" SET "updatedAt" = CASE "itemId" WHEN $2 THEN TIMESTAMP '2026-12-07 09:00'
                                                            ELSE TIMESTAMP '2026-12-05 09:00' END
        WHERE "userId" = $1::uuid`,
      [user.id, first!.id],
    );
    for (const [date, percent, sec] of [
      ["2026-12-02", "60", "50"],
      ["2026-12-04", "64", "55"],
      ["2026-12-06", "68", "60"],
    ] as const) {
      const r = await saveAttempt({
        ...practice,
        date,
        percent,
        domainScores: { "dva-c03-d1": "75", "dva-c03-d2": sec, "dva-c03-d4": "70" },
      });
      expect(r.ok).toBe(true);
    }
    const now = new Date("2026-12-10T12:00:00Z");
    const input = await getDashboardInput(user.id, "UTC", now);
    const exam = buildDashboard({ ...input, now }, { items, certifications, steps, skillAreas }).exams[0]!;
    const card = exam.practice;
    expect(card.summary.weakest.map((d) => d.title)).toEqual(["Security"]);
    const drill = card.drill[0]!;
    const listed = [...drill.items.map((i) => i.id)];
    // Done on 7 Dec, after the last weak result (6 Dec): not listed. Done on 5 Dec, before it: listed.
    expect(listed).not.toContain(first!.id);
    expect(listed.slice(0, 2)).toEqual([second!.id, third!.id]);
    expect(drill.items[1]?.reason).toEqual({
      kind: "done-before",
      doneOn: "2026-12-05",
      weakOn: "2026-12-06",
    });
    expect(drill.items.length + drill.more).toBe(security.length - 1);

    // Security: coverage 2 of N items, evidence (50 + 55 + 60) ÷ 3 = 55 → E = 55 ÷ 72.
    const domain = card.readiness.domains.find((d) => d.id === "dva-c03-d2")!;
    const c = 2 / security.length;
    const e = 55 / 72;
    expect(domain.share).toBeCloseTo(Math.min(e, (c + e) / 2), 10);
    expect(domain.evidence).toBeCloseTo(55, 10);
    // Testing and Deployment has no evidence: coverage alone.
    expect(card.readiness.domains.find((d) => d.id === "dva-c03-d3")!.evidence).toBeNull();
    // 60, 64, 68 every other day: +2 a day, 72 on 8 Dec, before today.
    expect(card.summary.forecast).toEqual({ kind: "reached" });
  });
});

describe("focus domains for the schedule", () => {
  it("come from the latest failed result, version-qualified for the plan", async () => {
    const { user } = await newUser();
    await saveAttempt({
      kind: "official",
      cert: "developer",
      date: "2026-11-25",
      scaledScore: "690",
      result: "fail",
      domainResults: { "dva-c02-d2": "needs-improvement", "dva-c02-d3": "needs-improvement" },
    });
    const versions = versionsForPlan([{ cert: "developer", targetDate: null }], "2026-12-10");
    expect(focusDomainsFromResults((await getScheduleRows(user.id, "UTC")).examResults!, versions)).toEqual([
      "dva-c03-d2",
      "dva-c02-d3",
    ]);
    await saveAttempt({
      kind: "official",
      cert: "developer",
      date: "2026-12-09",
      scaledScore: "801",
      result: "pass",
    });
    expect(focusDomainsFromResults((await getScheduleRows(user.id, "UTC")).examResults!, versions)).toEqual(
      [],
    );
  });
});
