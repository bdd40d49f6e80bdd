import { beforeEach, describe, expect, it } from "vitest";

import { GET as exportProgress } from "@/app/(app)/account/progress/route";
import { saveNote, setItemStatus } from "@/lib/actions/plan";
import {
  applyImport,
  disableSharing,
  enableSharing,
  previewImport,
  resetExamProgress,
} from "@/lib/actions/portability";
import { getCurrentUser } from "@/lib/auth";
import { isShared, items, itemsForCert } from "@/lib/curriculum";
import { getEnrollments, getPlanProgress } from "@/lib/data/plan";
import { getSharedUser } from "@/lib/data/portability";
import { db } from "@/lib/db";
import { PROGRESS_FORMAT } from "@/lib/portability/progress-file";

import { newBrowser } from "../support/next-request";
import { signUpAndSignIn } from "../support/accounts";

/** Everything the plan holds for a user: enrollments, statuses and notes. */
async function planOf(userId: string) {
  const [enrollments, progress] = await Promise.all([getEnrollments(userId), getPlanProgress(userId)]);
  return { enrollments, ...progress };
}

let n = 0;
async function newUser() {
  newBrowser();
  await signUpAndSignIn(`io-${Date.now()}-${++n}@example.com`, "correct horse battery staple 42");
  return (await getCurrentUser())!;
}

const architectOnly = itemsForCert("architect").find((i) => !isShared(i))!;
const shared = itemsForCert("architect").find((i) => isShared(i))!;
const developerOnly = itemsForCert("developer").find((i) => !isShared(i))!;

async function exportJson(): Promise<string> {
  const res = await exportProgress(new Request("http://localhost/account/progress?format=json"));
  expect(res.status).toBe(200);
  return res.text();
}

beforeEach(() => newBrowser());

describe("progress export", () => {
  it("downloads CSV with one row per item, status, dates and note", async () => {
    await newUser();
    await setItemStatus({ itemId: architectOnly.id, status: "done" });
    await saveNote({ itemId: architectOnly.id, body: "=cmd|' /C calc'!A0" });
    const res = await exportProgress(new Request("http://localhost/account/progress?format=csv"));
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /filename="aws-study-planner-progress-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(items.length + 1);
    const row = lines.find((l) => l.startsWith(`"${architectOnly.id}"`))!;
    expect(row).toContain('"architect"');
    expect(row).toContain('"done"');
    expect(row).toContain(`"'=cmd|' /C calc'!A0"`); // formula defused
  });

  it("is refused to anonymous visitors", async () => {
    expect((await exportProgress(new Request("http://localhost/account/progress?format=csv"))).status).toBe(
      401,
    );
  });
});

describe("progress import", () => {
  it("previews, then merges a JSON export into another account", async () => {
    await newUser();
    await setItemStatus({ itemId: architectOnly.id, status: "done" });
    await setItemStatus({ itemId: shared.id, status: "in_progress" });
    await saveNote({ itemId: shared.id, body: "halfway through" });
    const text = await exportJson();

    const other = await newUser();
    await setItemStatus({ itemId: developerOnly.id, status: "skipped" });
    const preview = await previewImport({ text, mode: "merge" });
    expect(preview).toMatchObject({ ok: true });
    if (!preview.ok) return;
    expect(preview.data.statusChanges.map((c) => [c.itemId, c.to]).sort()).toEqual(
      [
        [architectOnly.id, "done"],
        [shared.id, "in_progress"],
      ].sort(),
    );
    // Preview writes nothing.
    expect((await planOf(other.id)).statuses).toEqual({ [developerOnly.id]: "skipped" });

    // Merge keeps this account's own progress where the file has none.
    expect(await applyImport({ text, mode: "merge" })).toMatchObject({ ok: true });
    const state = await planOf(other.id);
    expect(state.statuses).toEqual({
      [architectOnly.id]: "done",
      [shared.id]: "in_progress",
      [developerOnly.id]: "skipped",
    });
    expect(state.notes).toEqual({ [shared.id]: "halfway through" });
    expect(await db.activity.count({ where: { userId: other.id } })).toBe(1 + 2);

    // Replace makes the file the whole truth.
    await applyImport({ text, mode: "replace" });
    expect((await planOf(other.id)).statuses).toEqual({
      [architectOnly.id]: "done",
      [shared.id]: "in_progress",
    });
  });

  it("replace resets what a partial file does not list", async () => {
    const user = await newUser();
    await setItemStatus({ itemId: developerOnly.id, status: "done" });
    await saveNote({ itemId: developerOnly.id, body: "old" });
    const text = JSON.stringify({
      format: PROGRESS_FORMAT,
      items: [{ id: architectOnly.id, status: "done" }],
    });
    const merged = await previewImport({ text, mode: "merge" });
    expect(merged.ok && merged.data.statusChanges.length).toBe(1);
    await applyImport({ text, mode: "replace" });
    const state = await planOf(user.id);
    expect(state.statuses).toEqual({ [architectOnly.id]: "done" });
    expect(state.notes).toEqual({});
  });

  it.each([
    ["not JSON", "{oops", "not valid JSON"],
    [
      "another app's file",
      JSON.stringify({ format: "todo-app", items: [] }),
      "not an AWS Study Planner progress export",
    ],
    [
      "a bad status",
      JSON.stringify({ format: PROGRESS_FORMAT, items: [{ id: "x", status: "done!" }] }),
      "unknown status",
    ],
  ])("rejects %s with a clear message and changes nothing", async (_label, text, message) => {
    const user = await newUser();
    await setItemStatus({ itemId: architectOnly.id, status: "done" });
    const before = await planOf(user.id);
    for (const action of [previewImport, applyImport]) {
      const result = await action({ text, mode: "replace" });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(message);
    }
    expect(await planOf(user.id)).toEqual(before);
    expect(await db.activity.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("reset one exam", () => {
  it("resets the exam's items, keeping shared ones when asked, and logs each change", async () => {
    const user = await newUser();
    for (const id of [architectOnly.id, shared.id, developerOnly.id])
      await setItemStatus({ itemId: id, status: "done" });

    expect(await resetExamProgress({ cert: "architect", keepShared: true })).toMatchObject({
      ok: true,
      data: { reset: 1 },
    });
    expect((await planOf(user.id)).statuses).toEqual({
      [shared.id]: "done",
      [developerOnly.id]: "done",
    });

    expect(await resetExamProgress({ cert: "architect", keepShared: false })).toMatchObject({
      ok: true,
      data: { reset: 1 },
    });
    expect((await planOf(user.id)).statuses).toEqual({ [developerOnly.id]: "done" });
    expect(await db.activity.count({ where: { userId: user.id, toStatus: "todo" } })).toBe(2);
    expect(await resetExamProgress({ cert: "sysops", keepShared: false })).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });
});

describe("sharing", () => {
  it("creates an unguessable link, regenerating kills the old one, turning off kills it", async () => {
    const user = await newUser();
    const first = await enableSharing({});
    expect(first.ok).toBe(true);
    const slug1 = first.ok ? first.data.slug : "";
    expect(slug1).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect((await getSharedUser(slug1))?.id).toBe(user.id);

    const second = await enableSharing({});
    const slug2 = second.ok ? second.data.slug : "";
    expect(slug2).not.toBe(slug1);
    expect(await getSharedUser(slug1)).toBeNull();
    expect((await getSharedUser(slug2))?.id).toBe(user.id);

    await disableSharing({});
    expect(await getSharedUser(slug2)).toBeNull();
    expect(await getSharedUser("../../etc/passwd")).toBeNull();
  });
});
