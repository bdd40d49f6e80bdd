import ICAL from "ical.js";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { saveEnrollments, setItemStatus } from "@/lib/actions/plan";
import { saveAttempt } from "@/lib/actions/practice";
import {
  applyShortfallChoice,
  clearWeekHours,
  disableCalendarFeed,
  enableCalendarFeed,
  moveItem,
  setWeekHours,
  unpinItem,
} from "@/lib/actions/schedule";
import { getCurrentUser } from "@/lib/auth";
import { pinClock, unpinClock } from "@/lib/clock";
import { getCalendarFeedOwner, getCalendarToken, getScheduleRows } from "@/lib/data/schedule";
import { db } from "@/lib/db";
import { planSchedule } from "@/lib/schedule";

import { GET as feed } from "@/app/calendar/[token]/route";
import { GET as download } from "@/app/(app)/schedule/calendar.ics/route";
import SchedulePage from "@/app/(app)/schedule/page";

import { testDb } from "../support/db";
import { signUpAndSignIn } from "../support/accounts";
import { form, newBrowser, redirectOf, restoreCookies, snapshotCookies } from "../support/next-request";

const PASSWORD = "correct horse battery staple 42";
let n = 0;

// Wednesday 3 March 2027 in Berlin; the exam on Wednesday 21 April (week of 19 April), 6 h a week.
const NOW = "2027-03-03T10:00:00Z";

async function newUser(
  enrollment: Record<string, string> = { architectDate: "2027-04-21", architectHours: "6" },
) {
  await signUpAndSignIn(`schedule-${Date.now()}-${++n}@example.com`, PASSWORD);
  await redirectOf(() =>
    saveEnrollments(null, form({ architect: "on", timeZone: "Europe/Berlin", ...enrollment })),
  );
  const user = (await getCurrentUser())!;
  return { user, cookies: snapshotCookies() };
}

async function scheduleOf(userId: string) {
  const rows = await getScheduleRows(userId, "Europe/Berlin");
  return planSchedule(rows, new Date(NOW), "Europe/Berlin");
}

beforeEach(() => pinClock(NOW));
afterEach(() => unpinClock());

describe("getScheduleRows", () => {
  it("reads enrollments, statuses, done days in the user's zone, pins and week hours in one statement", async () => {
    const { user } = await newUser();
    await setItemStatus({ itemId: "cloud-computing-basics", status: "done" });
    await setItemStatus({ itemId: "aws-global-infrastructure", status: "in_progress" });
    // Finished at 23:30 UTC on 1 March: already 2 March in Berlin.
    await testDb().sql.query(
      `UPDATE "ItemProgress" SET "updatedAt" = '2027-03-01 23:30:00' WHERE "userId" = $1::uuid AND "itemId" = 'cloud-computing-basics'`,
      [user.id],
    );
    await testDb().sql.query(
      `INSERT INTO "SchedulePin" ("userId", "itemId", week) VALUES ($1::uuid, 'iam-policy-evaluation', '2027-03-08')`,
      [user.id],
    );
    await testDb().sql.query(
      `INSERT INTO "WeekHours" ("userId", week, hours) VALUES ($1::uuid, '2027-03-15', 0)`,
      [user.id],
    );

    let statements = 0;
    const prisma = testDb().prisma as unknown as { $on(event: "query", cb: () => void): void };
    let counting = true;
    prisma.$on("query", () => {
      if (counting) statements += 1;
    });
    const rows = await getScheduleRows(user.id, "Europe/Berlin");
    counting = false;
    expect(statements).toBe(1);

    expect(rows.enrollments).toEqual([
      { cert: "architect", position: 0, targetDate: "2027-04-21", weeklyHours: 6 },
    ]);
    expect(Object.fromEntries(rows.statuses)).toEqual({
      "cloud-computing-basics": "done",
      "aws-global-infrastructure": "in_progress",
    });
    expect(Object.fromEntries(rows.doneOn)).toEqual({ "cloud-computing-basics": "2027-03-02" });
    expect(Object.fromEntries(rows.pins)).toEqual({ "iam-policy-evaluation": "2027-03-08" });
    expect(Object.fromEntries(rows.weekHours)).toEqual({ "2027-03-15": 0 });
  });
});

describe("moveItem and unpinItem", () => {
  it("moves an item to a week of its exam's plan, where the schedule keeps it, and back", async () => {
    const { user } = await newUser();
    const before = await scheduleOf(user.id);
    const last = before.weeks.find((w) => w.start === "2027-04-05")!;
    expect(last.entries.some((e) => e.itemId === "cloud-computing-basics")).toBe(false);

    const moved = await moveItem({ itemId: "cloud-computing-basics", week: "2027-04-05" });
    expect(moved).toMatchObject({ ok: true, data: { itemId: "cloud-computing-basics", week: "2027-04-05" } });
    const after = await scheduleOf(user.id);
    expect(after.weeks.find((w) => w.start === "2027-04-05")!.entries).toContainEqual(
      expect.objectContaining({ itemId: "cloud-computing-basics", pinned: true }),
    );
    // Moving again replaces the pin: one row per item.
    await moveItem({ itemId: "cloud-computing-basics", week: "2027-03-29" });
    expect(await db.schedulePin.findMany({ where: { userId: user.id } })).toHaveLength(1);

    expect(await unpinItem({ itemId: "cloud-computing-basics" })).toMatchObject({ ok: true });
    expect(await db.schedulePin.count({ where: { userId: user.id } })).toBe(0);
  });

  it.each([
    [
      { itemId: "cloud-computing-basics", week: "2027-04-26" },
      "Choose a week from 1 Mar 2027 to 19 Apr 2027",
    ],
    [{ itemId: "cloud-computing-basics", week: "2027-03-10" }, "Choose a week of your schedule."],
    [{ itemId: "cloud-computing-basics", week: "next week" }, "Choose a week"],
    [{ itemId: "no-such-item", week: "2027-03-08" }, "does not exist"],
    [{ itemId: "next-security-specialty", week: "2027-03-08" }, "not on your schedule"],
    [{ itemId: "dva-sdk-clients-credentials", week: "2027-03-08" }, "not on your schedule"],
  ])("refuses %j with a clear message and stores nothing", async (payload, message) => {
    const { user } = await newUser();
    const result = await moveItem(payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
    expect(await db.schedulePin.count({ where: { userId: user.id } })).toBe(0);
  });

  it("writes only the caller's rows, whatever the client sends", async () => {
    const a = await newUser();
    const b = await newUser();
    restoreCookies(a.cookies);
    await moveItem({ itemId: "cloud-computing-basics", week: "2027-03-22", userId: b.user.id });
    restoreCookies(b.cookies);
    await unpinItem({ itemId: "cloud-computing-basics", userId: a.user.id });
    expect(await db.schedulePin.count({ where: { userId: a.user.id } })).toBe(1);
    expect(await db.schedulePin.count({ where: { userId: b.user.id } })).toBe(0);
  });

  it("refuses a signed-out caller", async () => {
    await newUser();
    newBrowser();
    expect(await moveItem({ itemId: "cloud-computing-basics", week: "2027-03-08" })).toMatchObject({
      ok: false,
      code: "unauthorized",
    });
  });
});

describe("setWeekHours and clearWeekHours", () => {
  it("sets a holiday week, which the schedule leaves empty, and gives it back", async () => {
    const { user } = await newUser();
    expect(await setWeekHours({ week: "2027-03-08", hours: "0" })).toMatchObject({
      ok: true,
      data: { week: "2027-03-08", hours: 0 },
    });
    const holiday = (await scheduleOf(user.id)).weeks.find((w) => w.start === "2027-03-08")!;
    expect(holiday).toMatchObject({ hours: 0, overridden: true, entries: [] });
    await setWeekHours({ week: "2027-03-08", hours: 12 });
    expect((await scheduleOf(user.id)).weeks[1]!.capacityMinutes).toBe(720);

    await clearWeekHours({ week: "2027-03-08" });
    expect((await scheduleOf(user.id)).weeks[1]).toMatchObject({ hours: 6, overridden: false });
  });

  it.each([
    [{ week: "2027-02-22", hours: "4" }, "This week is over"],
    [{ week: "2029-03-05", hours: "4" }, "next two years"],
    [{ week: "2027-03-09", hours: "4" }, "Choose a week of your schedule."],
    [{ week: "2027-03-08", hours: "81" }, "Enter whole hours from 0 to 80."],
    [{ week: "2027-03-08", hours: "-1" }, "Enter whole hours from 0 to 80."],
    [{ week: "2027-03-08", hours: "2.5" }, "Enter whole hours from 0 to 80."],
    [{ week: "2027-03-08" }, "Enter whole hours from 0 to 80."],
  ])("refuses %j with a clear message and stores nothing", async (payload, message) => {
    const { user } = await newUser();
    const result = await setWeekHours(payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
    expect(await db.weekHours.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("applyShortfallChoice", () => {
  it("applies the weekly hours that fit everything, computed on the server", async () => {
    // 2 h a week for seven weeks cannot hold the SAA-C03 topics.
    const { user } = await newUser({ architectDate: "2027-04-21", architectHours: "2" });
    const before = (await scheduleOf(user.id)).exams[0]!;
    expect(before.shortfall).not.toBeNull();
    const result = await applyShortfallChoice({ cert: "architect", choice: "hours", studyHours: 1 });
    expect(result).toMatchObject({ ok: true, data: { cert: "architect", choice: "hours" } });
    const enrollment = await db.enrollment.findFirstOrThrow({ where: { userId: user.id } });
    expect(enrollment.weeklyHours).toBe(before.shortfall!.studyHours);
    expect(enrollment.weeklyHours).toBeGreaterThan(2);
    expect((await scheduleOf(user.id)).exams[0]!.unscheduled).toEqual([]);
    // Nothing left to fix: the second click says so and changes nothing.
    expect(await applyShortfallChoice({ cert: "architect", choice: "hours" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });

  it("moves the exam to the date that fits everything, same weekday", async () => {
    // At 2 h a week no date helps (a 6 h project never fits a week); at 6 h a later date does.
    const { user } = await newUser({ architectDate: "2027-04-21", architectHours: "2" });
    expect(await applyShortfallChoice({ cert: "architect", choice: "date" })).toMatchObject({
      ok: false,
      code: "conflict",
      message: "No exam date in the next two years fits everything.",
    });
    await db.enrollment.updateMany({ where: { userId: user.id }, data: { weeklyHours: 6 } });
    expect(await applyShortfallChoice({ cert: "architect", choice: "date" })).toMatchObject({ ok: true });
    const enrollment = await db.enrollment.findFirstOrThrow({ where: { userId: user.id } });
    const moved = enrollment.targetDate!.toISOString().slice(0, 10);
    expect(moved > "2027-04-21").toBe(true);
    expect(new Date(`${moved}T00:00:00Z`).getUTCDay()).toBe(3); // a Wednesday, like the original date
    expect(enrollment.weeklyHours).toBe(6);
    expect((await scheduleOf(user.id)).exams[0]!.unscheduled).toEqual([]);
  });

  it("refuses an exam the user is not enrolled in", async () => {
    await newUser();
    expect(await applyShortfallChoice({ cert: "developer", choice: "date" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await applyShortfallChoice({ cert: "architect", choice: "both" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });
});

describe("the calendar", () => {
  function parse(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  }

  it("downloads the signed-in user's schedule as text/calendar with the exam event", async () => {
    await newUser();
    const response = await download(new Request("http://127.0.0.1/schedule/calendar.ics"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="aws-study-plan-2027-03-03.ics"',
    );
    const events = parse(await response.text());
    const exam = events.find((e) => e.summary === "SAA-C03 exam")!;
    expect(exam.startDate.toString()).toBe("2027-04-21");
    expect(exam.startDate.isDate).toBe(true);
    // This week to the week before the exam's week: seven study weeks.
    expect(events.filter((e) => /^(Study|Review) week/.test(e.summary))).toHaveLength(7);
    newBrowser();
    expect((await download(new Request("http://127.0.0.1/schedule/calendar.ics"))).status).toBe(401);
  });

  it("serves the feed by token without a session, a new link kills the old, turning it off 404s", async () => {
    const { user } = await newUser();
    expect(await getCalendarToken(user.id)).toBeNull();
    const on = await enableCalendarFeed({});
    if (!on.ok || !on.data.token) throw new Error("no token");
    const token = on.data.token;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await getCalendarFeedOwner(token)).toEqual({ id: user.id, timeZone: "Europe/Berlin" });

    newBrowser(); // signed out
    const get = (t: string) =>
      feed(new Request(`http://127.0.0.1/calendar/${t}`), { params: Promise.resolve({ token: t }) });
    const ok = await get(`${token}.ics`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(parse(await ok.text()).map((e) => e.summary)).toContain("SAA-C03 exam");
    expect((await get(token)).status).toBe(404);
    expect((await get("x".repeat(32) + ".ics")).status).toBe(404);

    const again = await newUser();
    restoreCookies(again.cookies);
    const mine = await enableCalendarFeed({});
    const renewed = await enableCalendarFeed({});
    if (!mine.ok || !renewed.ok) throw new Error("no token");
    expect((await get(`${mine.data.token}.ics`)).status).toBe(404);
    expect((await get(`${renewed.data.token}.ics`)).status).toBe(200);
    await disableCalendarFeed({});
    expect((await get(`${renewed.data.token}.ics`)).status).toBe(404);
    // The first user's feed is untouched by the second user's changes.
    expect((await get(`${token}.ics`)).status).toBe(200);
  });
});

describe("a failed exam's weak domains (issue #14)", () => {
  it("go first in the schedule, and the page says so", async () => {
    await newUser();
    const user = (await getCurrentUser())!;
    const before = await scheduleOf(user.id);
    expect(before.focusDomains).toEqual([]);
    expect(renderToString(await SchedulePage())).not.toContain("weakest domain");

    await saveAttempt({
      kind: "official",
      cert: "architect",
      date: "2027-02-20",
      scaledScore: "650",
      result: "fail",
      domainResults: { "saa-c03-d1": "meets", "saa-c03-d2": "needs-improvement" },
    });
    const after = await scheduleOf(user.id);
    expect(after.focusDomains).toEqual(["saa-c03-d2"]);
    expect(after.weeks.map((w) => w.entries.map((e) => e.itemId))).not.toEqual(
      before.weeks.map((w) => w.entries.map((e) => e.itemId)),
    );
    const text = renderToString(await SchedulePage()).replaceAll("<!-- -->", "");
    expect(text).toContain(
      "Your last exam result was a fail, so the weeks put its weakest domain first: Design Resilient Architectures (SAA-C03).",
    );
  });
});
