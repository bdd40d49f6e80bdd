import { beforeAll, describe, expect, it } from "vitest";

import { saveEnrollments, setItemStatus } from "@/lib/actions/plan";
import { saveAttempt } from "@/lib/actions/practice";
import { getCurrentUser, type CurrentUser } from "@/lib/auth";
import { certifications, items, itemsForCert, skillAreas, steps } from "@/lib/curriculum";
import { getDashboardInput } from "@/lib/data/dashboard";
import { buildDashboard } from "@/lib/progress/dashboard";

import { testDb } from "../support/db";
import { form, newBrowser, redirectOf } from "../support/next-request";
import { signUpAndSignIn } from "../support/accounts";

let user: CurrentUser;

beforeAll(async () => {
  newBrowser();
  await signUpAndSignIn(`dash-${Date.now()}@example.com`, "correct horse battery staple 42");
  await redirectOf(() =>
    saveEnrollments(null, form({ architect: "on", developer: "on", architectDate: "2099-06-01" })),
  );
  user = (await getCurrentUser())!;
});

async function countStatements(run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const prisma = testDb().prisma as unknown as { $on(event: "query", cb: () => void): void };
  let active = true;
  prisma.$on("query", () => {
    if (active) count += 1;
  });
  await run();
  active = false;
  return count;
}

async function seedHistory(userId: string, events: number) {
  // Realistic history straight in SQL: many status changes over two years.
  await testDb().sql.query(
    `INSERT INTO "Activity" ("userId", "itemId", "fromStatus", "toStatus", at)
     SELECT $1::uuid, 'history-item-' || (g % 50), 'todo', CASE WHEN g % 3 = 0 THEN 'todo'::"ItemStatus" ELSE 'done'::"ItemStatus" END,
            now() - (g || ' hours')::interval
       FROM generate_series(1, $2::int) g`,
    [userId, events],
  );
}

describe("the dashboard's reads", () => {
  it("take at most three SQL statements, session check included, whatever the history", async () => {
    const ids = itemsForCert("architect")
      .slice(0, 20)
      .map((i) => i.id);
    for (const id of ids) await setItemStatus({ itemId: id, status: "done" });
    // Practice attempts travel in the same statement (two days ago: a past day whatever the real date).
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    for (const percent of ["58", "64", "70"]) {
      const logged = await saveAttempt({
        kind: "practice",
        cert: "architect",
        date: twoDaysAgo,
        source: "whizlabs",
        mode: "timed_full_exam",
        percent,
        domainScores: { "saa-c03-d1": percent, "saa-c03-d2": "12/20" },
        notes: "NOT-ON-THE-DASHBOARD",
      });
      expect(logged.ok).toBe(true);
    }
    const small = await countStatements(async () => {
      const current = await getCurrentUser();
      await getDashboardInput(current!.id, current!.timeZone, new Date());
    });

    await seedHistory(user.id, 5_000);
    // The schedule's rows ride in the same statement: pins and per-week hours add none.
    await testDb().sql.query(
      `INSERT INTO "SchedulePin" ("userId", "itemId", week) VALUES ($1::uuid, 'iam-policy-evaluation', '2099-01-05')`,
      [user.id],
    );
    await testDb().sql.query(
      `INSERT INTO "WeekHours" ("userId", week, hours) VALUES ($1::uuid, '2099-01-12', 0)`,
      [user.id],
    );
    const large = await countStatements(async () => {
      const current = await getCurrentUser();
      await getDashboardInput(current!.id, current!.timeZone, new Date());
    });
    expect(small).toBeGreaterThan(0);
    expect(small).toBeLessThanOrEqual(3);
    expect(large).toBe(small);
  });

  it("hands the pure functions what they need to compute every figure", async () => {
    const input = await getDashboardInput(user.id, "UTC", new Date());
    expect(input.attempts?.map((a) => [a.examCode, a.percent, a.domains.length])).toEqual([
      ["SAA-C03", 58, 2],
      ["SAA-C03", 64, 2],
      ["SAA-C03", 70, 2],
    ]);
    expect(JSON.stringify(input.attempts)).not.toContain("NOT-ON-THE-DASHBOARD");
    expect([...(input.doneOn?.keys() ?? [])].sort()).toEqual(
      itemsForCert("architect")
        .slice(0, 20)
        .map((i) => i.id)
        .sort(),
    );
    expect(input.enrollments.map((e) => e.cert)).toEqual(["architect", "developer"]);
    expect(input.enrollments[0]?.targetDate).toBe("2099-06-01");
    expect(input.recent).toHaveLength(10);
    expect(input.recent[0]!.at.getTime()).toBeGreaterThanOrEqual(input.recent[9]!.at.getTime());
    const today = new Date().toISOString().slice(0, 10);
    expect(input.doneDays.get(today)).toBeGreaterThanOrEqual(20);

    const d = buildDashboard({ ...input, now: new Date() }, { items, certifications, steps, skillAreas });
    const architect = d.exams.find((e) => e.cert === "architect")!;
    expect(architect.progress.done).toBe(20);
    expect(architect.progress.total).toBe(itemsForCert("architect").length);
    expect(architect.nextUp.map((i) => i.id)).toEqual(
      itemsForCert("architect")
        .slice(20, 23)
        .map((i) => i.id),
    );
    // Pace in hours of what prepares for the exam: Step 4 and optional items left out.
    const done = new Set(
      itemsForCert("architect")
        .slice(0, 20)
        .map((i) => i.id),
    );
    const minutesLeft = itemsForCert("architect")
      .filter(
        (i) =>
          !done.has(i.id) && !i.optional && !(i.section.kind === "step" && i.section.step === "next-level"),
      )
      .reduce((sum, i) => sum + i.minutes, 0);
    expect(architect.pace?.hoursLeft).toBe(Math.round(minutesLeft / 6) / 10);
    // Enrolled today: nobody is behind before their first week.
    expect(architect.pace?.verdict).toBe("too-early");
    expect(input.doneOn?.size).toBe(20);
    expect(input.doneOn?.get(itemsForCert("architect")[0]!.id)).toBe(today);
    expect(d.streaks.current).toBeGreaterThanOrEqual(1);
    expect(d.enrolledBoth).toBe(true);
  });

  it("groups done events by the user's local day", async () => {
    // 23:30 UTC is already tomorrow in Tokyo.
    const other = await testDb().sql.query<{ id: string }>(
      `INSERT INTO "User" (email, "updatedAt", "timeZone") VALUES ($1, now(), 'Asia/Tokyo') RETURNING id`,
      [`tz-${Date.now()}@example.com`],
    );
    const id = other[0]!.id;
    await testDb().sql.query(
      `INSERT INTO "Activity" ("userId", "itemId", "fromStatus", "toStatus", at)
       VALUES ($1::uuid, 'x', 'todo', 'done', '2026-03-10 23:30:00')`,
      [id],
    );
    expect([...(await getDashboardInput(id, "Asia/Tokyo", new Date())).doneDays.keys()]).toEqual([
      "2026-03-11",
    ]);
    expect([...(await getDashboardInput(id, "UTC", new Date())).doneDays.keys()]).toEqual(["2026-03-10"]);
  });

  it("counts only events that mark an item done, once per event, per local day across DST", async () => {
    const other = await testDb().sql.query<{ id: string }>(
      `INSERT INTO "User" (email, "updatedAt", "timeZone") VALUES ($1, now(), 'Europe/Berlin') RETURNING id`,
      [`dst-${Date.now()}@example.com`],
    );
    const id = other[0]!.id;
    // 26 October 2025 is 25 hours long in Berlin: 00:30 CEST and 23:30 CET are both on it.
    await testDb().sql.query(
      `INSERT INTO "Activity" ("userId", "itemId", "fromStatus", "toStatus", at) VALUES
         ($1::uuid, 'a', 'todo', 'done', '2025-10-25 22:30:00'),
         ($1::uuid, 'b', 'todo', 'done', '2025-10-26 22:30:00'),
         ($1::uuid, 'c', 'todo', 'in_progress', '2025-10-26 10:00:00'),
         ($1::uuid, 'a', 'done', 'todo', '2025-10-26 11:00:00'),
         ($1::uuid, 'd', 'todo', 'skipped', '2025-10-27 09:00:00'),
         ($1::uuid, 'e', 'in_progress', 'done', '2025-10-27 09:00:00')`,
      [id],
    );
    const input = await getDashboardInput(id, "Europe/Berlin", new Date("2025-10-28T12:00:00Z"));
    expect(Object.fromEntries(input.doneDays)).toEqual({ "2025-10-26": 2, "2025-10-27": 1 });
  });
});
