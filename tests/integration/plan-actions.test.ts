import { beforeEach, describe, expect, it } from "vitest";

import { addEnrollment, saveEnrollments, saveNote, saveTimeZone, setItemStatus } from "@/lib/actions/plan";
import { GET as readPlan } from "@/app/api/plan/route";
import { getCurrentUser } from "@/lib/auth";
import { itemsForCert } from "@/lib/curriculum";
import { getEnrollments, getPlanProgress } from "@/lib/data/plan";
import { db } from "@/lib/db";

import { form, newBrowser, redirectOf, restoreCookies, snapshotCookies } from "../support/next-request";
import { signUpAndSignIn } from "../support/accounts";

/** Everything the plan holds for a user: enrollments, statuses and notes. */
async function planOf(userId: string) {
  const [enrollments, progress] = await Promise.all([getEnrollments(userId), getPlanProgress(userId)]);
  return { enrollments, ...progress };
}

const PASSWORD = "correct horse battery staple 42";
let n = 0;

async function newUser() {
  newBrowser();
  await signUpAndSignIn(`plan-${Date.now()}-${++n}@example.com`, PASSWORD);
  const user = (await getCurrentUser())!;
  return { user, cookies: snapshotCookies() };
}

async function rowCounts(userId: string) {
  const [progress, activity, notes] = await Promise.all([
    db.itemProgress.count({ where: { userId } }),
    db.activity.count({ where: { userId } }),
    db.itemNote.count({ where: { userId } }),
  ]);
  return { progress, activity, notes };
}

const [first, second] = itemsForCert("architect");

beforeEach(() => newBrowser());

describe("setItemStatus", () => {
  it("sets an explicit status and logs the change once", async () => {
    const { user } = await newUser();
    expect(await setItemStatus({ itemId: first!.id, status: "done" })).toEqual({
      ok: true,
      data: { itemId: first!.id, status: "done", previous: "todo", changed: true },
    });
    // Idempotent: the same status again changes nothing and logs nothing.
    expect(await setItemStatus({ itemId: first!.id, status: "done" })).toMatchObject({
      ok: true,
      data: { changed: false },
    });
    await setItemStatus({ itemId: first!.id, status: "in_progress" });
    const activity = await db.activity.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    expect(activity.map((a) => [a.fromStatus, a.toStatus])).toEqual([
      ["todo", "done"],
      ["done", "in_progress"],
    ]);
    expect((await planOf(user.id)).statuses).toEqual({ [first!.id]: "in_progress" });
  });

  it.each([
    [{ itemId: "no-such-item", status: "done" }, "does not exist"],
    [{ itemId: "<script>", status: "done" }, "Unknown item."],
    [{ itemId: "x".repeat(500), status: "done" }, "Unknown item."],
    [{ itemId: "aws-global-infrastructure", status: "finished" }, "Unknown status."],
    [{ status: "done" }, "Missing item."],
    [{ itemId: 42, status: "done" }, "Missing item."],
    [null, ""],
    ["done", ""],
  ])("refuses %j with a clear message and writes nothing", async (payload, message) => {
    const { user } = await newUser();
    const result = await setItemStatus(payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.length).toBeGreaterThan(5);
      expect(result.message).toContain(message);
    }
    expect(await rowCounts(user.id)).toEqual({ progress: 0, activity: 0, notes: 0 });
  });

  it("ignores user ids sent by the client: it writes only the caller's rows", async () => {
    const a = await newUser();
    const b = await newUser();
    const result = await setItemStatus({ itemId: first!.id, status: "done", userId: a.user.id } as never);
    expect(result.ok).toBe(true);
    expect(await rowCounts(a.user.id)).toEqual({ progress: 0, activity: 0, notes: 0 });
    expect((await rowCounts(b.user.id)).progress).toBe(1);
  });

  it("ends in the last status sent when many changes race for one item", async () => {
    const { user } = await newUser();
    const statuses = ["done", "todo", "in_progress", "skipped", "done", "todo", "done"] as const;
    const results = await Promise.all(
      statuses.map((status) => setItemStatus({ itemId: second!.id, status })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const progress = await db.itemProgress.findMany({ where: { userId: user.id } });
    expect(progress).toHaveLength(1);
    // Every logged change chains: each "from" is the previous "to".
    const activity = await db.activity.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    let current = "todo";
    for (const a of activity) {
      expect(a.fromStatus).toBe(current);
      current = a.toStatus;
    }
    expect(progress[0]!.status).toBe(current);
    const changed = results.filter((r) => r.ok && r.data.changed).length;
    expect(activity).toHaveLength(changed);
  });
});

describe("saveNote", () => {
  it("saves plain text, updates it, and deletes an empty note", async () => {
    const { user } = await newUser();
    const body = "<img src=x onerror=alert(1)> stopped at NAT gateways\r\nnext: endpoints";
    expect(await saveNote({ itemId: first!.id, body })).toMatchObject({ ok: true });
    expect((await planOf(user.id)).notes[first!.id]).toBe(body.replace("\r\n", "\n"));
    await saveNote({ itemId: first!.id, body: "second thought" });
    expect((await planOf(user.id)).notes[first!.id]).toBe("second thought");
    await saveNote({ itemId: first!.id, body: "   " });
    expect((await planOf(user.id)).notes).toEqual({});
  });

  it("refuses a note over 5,000 characters and keeps the saved one", async () => {
    const { user } = await newUser();
    await saveNote({ itemId: first!.id, body: "keep me" });
    const result = await saveNote({ itemId: first!.id, body: "x".repeat(5_001) });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      message: "Notes can be up to 5,000 characters.",
    });
    expect((await planOf(user.id)).notes[first!.id]).toBe("keep me");
  });

  it("keeps one user's notes from another", async () => {
    const a = await newUser();
    await saveNote({ itemId: first!.id, body: "A's secret" });
    await newUser();
    await saveNote({ itemId: first!.id, body: "B's note" });
    expect((await planOf(a.user.id)).notes[first!.id]).toBe("A's secret");
  });
});

describe("saveEnrollments (onboarding)", () => {
  it("saves the exams in the chosen order with dates and hours, and the time zone", async () => {
    const { user } = await newUser();
    const target = await redirectOf(() =>
      saveEnrollments(
        null,
        form({
          architect: "on",
          developer: "on",
          order: "developer-first",
          developerDate: "2099-01-31",
          developerHours: "6",
          timeZone: "America/New_York",
        }),
      ),
    );
    expect(target).toBe("/plan/developer?welcome=1");
    expect((await planOf(user.id)).enrollments).toEqual([
      {
        cert: "developer",
        position: 0,
        targetDate: "2099-01-31",
        weeklyHours: 6,
        createdAt: expect.any(Date),
      },
      { cert: "architect", position: 1, targetDate: null, weeklyHours: null, createdAt: expect.any(Date) },
    ]);
    expect((await getCurrentUser())?.timeZone).toBe("America/New_York");
  });

  it.each([
    [{}, "certs", "Choose at least one exam."],
    [{ architect: "on", architectDate: "2001-01-01" }, "architectDate", "Choose today or a later date."],
    [{ architect: "on", architectDate: "31/12/2099" }, "architectDate", "Enter a date like 2027-03-31."],
    [{ architect: "on", architectHours: "0" }, "architectHours", "Enter whole hours from 1 to 80."],
    [{ architect: "on", architectHours: "2.5" }, "architectHours", "Enter whole hours from 1 to 80."],
  ])("refuses %j with a message under the field and saves nothing", async (fields, field, message) => {
    const { user } = await newUser();
    const result = await saveEnrollments(null, form(fields as Record<string, string>));
    expect(result.ok ? [] : result.fieldErrors?.[field]).toEqual([message]);
    expect((await planOf(user.id)).enrollments).toEqual([]);
  });

  it("removes an exam that is unticked later, keeping its progress", async () => {
    const { user } = await newUser();
    await redirectOf(() => saveEnrollments(null, form({ architect: "on", developer: "on" })));
    await setItemStatus({ itemId: first!.id, status: "done" });
    await redirectOf(() => saveEnrollments(null, form({ developer: "on" })));
    const state = await planOf(user.id);
    expect(state.enrollments.map((e) => e.cert)).toEqual(["developer"]);
    expect(state.statuses[first!.id]).toBe("done");
  });
});

describe("addEnrollment and saveTimeZone", () => {
  it("adds the other exam after the current one", async () => {
    const { user } = await newUser();
    await redirectOf(() => saveEnrollments(null, form({ architect: "on" })));
    expect(await addEnrollment({ cert: "developer" })).toEqual({ ok: true, data: { cert: "developer" } });
    expect((await planOf(user.id)).enrollments.map((e) => [e.cert, e.position])).toEqual([
      ["architect", 0],
      ["developer", 1],
    ]);
    expect(await addEnrollment({ cert: "sysops" })).toMatchObject({ ok: false, code: "invalid" });
  });

  it("stores a valid time zone and refuses an unknown one", async () => {
    await newUser();
    expect(await saveTimeZone({ timeZone: "Asia/Kolkata" })).toMatchObject({ ok: true });
    expect((await getCurrentUser())?.timeZone).toBe("Asia/Kolkata");
    expect(await saveTimeZone({ timeZone: "Mars/Olympus" })).toMatchObject({
      ok: false,
      message: "Unknown time zone.",
    });
  });
});

describe("two users", () => {
  it("B's session cannot change A's rows through any action", async () => {
    const a = await newUser();
    await redirectOf(() => saveEnrollments(null, form({ architect: "on" })));
    await setItemStatus({ itemId: first!.id, status: "done" });
    await saveNote({ itemId: first!.id, body: "mine" });
    const before = await rowCounts(a.user.id);
    const aState = await planOf(a.user.id);

    const b = await newUser();
    restoreCookies(b.cookies);
    await setItemStatus({ itemId: first!.id, status: "skipped", userId: a.user.id } as never);
    await saveNote({ itemId: first!.id, body: "overwrite", userId: a.user.id } as never);
    await redirectOf(() => saveEnrollments(null, form({ developer: "on", userId: a.user.id })));

    expect(await rowCounts(a.user.id)).toEqual(before);
    expect(await planOf(a.user.id)).toEqual(aState);
  });
});

describe("GET /api/plan (the plan page's query in the browser)", () => {
  it("answers the signed-in user's statuses and notes, and nobody else's", async () => {
    const a = await newUser();
    await setItemStatus({ itemId: first!.id, status: "done" });
    await setItemStatus({ itemId: second!.id, status: "in_progress" });
    await saveNote({ itemId: first!.id, body: "A's note" });
    const response = await readPlan();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({
      statuses: { [first!.id]: "done", [second!.id]: "in_progress" },
      notes: { [first!.id]: "A's note" },
    });

    await newUser();
    expect(await (await readPlan()).json()).toEqual({ statuses: {}, notes: {} });
    restoreCookies(a.cookies);
    await setItemStatus({ itemId: second!.id, status: "todo" });
    expect(await (await readPlan()).json()).toMatchObject({ statuses: { [first!.id]: "done" } });
  });

  it("refuses a visitor without a session", async () => {
    newBrowser();
    const response = await readPlan();
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in to see your plan." });
  });
});
