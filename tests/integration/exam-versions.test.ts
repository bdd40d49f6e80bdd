import { afterEach, describe, expect, it } from "vitest";

import { GET as exportProgress } from "@/app/(app)/account/progress/route";
import { dismissNotice } from "@/lib/actions/notices";
import { saveEnrollments, saveNote, setItemStatus } from "@/lib/actions/plan";
import { applyImport, previewImport, resetExamProgress } from "@/lib/actions/portability";
import { getCurrentUser } from "@/lib/auth";
import { pinClock, unpinClock } from "@/lib/clock";
import { certifications, items, skillAreas, steps } from "@/lib/curriculum";
import { getDashboardInput } from "@/lib/data/dashboard";
import { getPlanProgress } from "@/lib/data/plan";
import { buildDashboard } from "@/lib/progress/dashboard";

import { signUpAndSignIn } from "../support/accounts";
import { form, newBrowser, redirectOf } from "../support/next-request";

let n = 0;
async function developerCandidate(examDate = "") {
  await signUpAndSignIn(`versions-${Date.now()}-${++n}@example.com`, "correct horse battery staple 42");
  await redirectOf(() =>
    saveEnrollments(null, form({ developer: "on", developerDate: examDate, timeZone: "UTC" })),
  );
  return (await getCurrentUser())!;
}

async function dashboardAt(userId: string, iso: string) {
  const now = new Date(iso);
  const input = await getDashboardInput(userId, "UTC", now);
  return buildDashboard({ ...input, now }, { items, certifications, steps, skillAreas });
}

/** Readiness the plain way, for the expected value: Σ weight × (done ÷ items) over a version's domains. */
function expectedReadiness(code: string, done: ReadonlySet<string>): number {
  const version = certifications.developer.versions.find((v) => v.exam.code === code)!;
  let sum = 0;
  for (const domain of version.domains) {
    const inDomain = items.filter(
      (item) => item.domains.includes(domain.id) && (!item.versions || item.versions.includes(code)),
    );
    sum += (domain.weight * inDomain.filter((item) => done.has(item.id)).length) / inDomain.length;
  }
  return Math.round(sum);
}

const ticked = ["dva-cognito-auth", "dva-sensitive-data", "dva-xray-tracing", "dva-codedeploy-strategies"];

afterEach(() => unpinClock());

describe("the Developer exam's move from DVA-C02 to DVA-C03", () => {
  it("keeps DVA-C02-era ticks and weighs readiness by DVA-C03's domains from the cut-over", async () => {
    pinClock("2026-11-20T10:00:00Z");
    const user = await developerCandidate();
    for (const itemId of ticked) expect((await setItemStatus({ itemId, status: "done" })).ok).toBe(true);
    await saveNote({ itemId: "dva-cognito-auth", body: "user pools vs identity pools" });

    const before = (await dashboardAt(user.id, "2026-11-30T23:00:00Z")).exams[0]!;
    expect(before.code).toBe("DVA-C02");
    expect(before.readiness.domains.map((d) => [d.title, d.weight])).toEqual([
      ["Development with AWS Services", 32],
      ["Security", 26],
      ["Deployment", 24],
      ["Troubleshooting and Optimization", 18],
    ]);
    expect(before.notice).toBeNull();

    const after = (await dashboardAt(user.id, "2026-12-01T00:30:00Z")).exams[0]!;
    expect(after.code).toBe("DVA-C03");
    expect(after.readiness.domains.map((d) => [d.title, d.weight])).toEqual([
      ["Development with AWS Services", 30],
      ["Security", 26],
      ["Testing and Deployment", 22],
      ["Troubleshooting and Optimization", 22],
    ]);
    expect(after.readiness.percent).toBe(expectedReadiness("DVA-C03", new Set(ticked)));
    expect(before.readiness.percent).toBe(expectedReadiness("DVA-C02", new Set(ticked)));
    // Every tick is still there; the new topics are in the plan, to do.
    expect(after.progress.done).toBe(ticked.length);
    expect(after.progress.total).toBe(before.progress.total + 13);
    const plan = await getPlanProgress(user.id);
    expect(Object.keys(plan.statuses).sort()).toEqual([...ticked].sort());
    expect(plan.notes["dva-cognito-auth"]).toBe("user pools vs identity pools");
    expect(plan.statuses["dva-ai-guardrails-filtering"]).toBeUndefined();

    expect(after.notice).toMatchObject({ id: "version-change:DVA-C03", previousCode: "DVA-C02" });
  });

  it("shows the notice until it is dismissed, and only to its owner", async () => {
    pinClock("2026-11-25T09:00:00Z");
    const user = await developerCandidate("2027-02-15");
    expect((await dashboardAt(user.id, "2026-11-25T09:00:00Z")).exams[0]?.notice?.code).toBe("DVA-C03");

    expect(await dismissNotice({ notice: "version-change:NOPE" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await dismissNotice({ notice: "version-change:DVA-C03" })).toMatchObject({ ok: true });
    expect(await dismissNotice({ notice: "version-change:DVA-C03" })).toMatchObject({ ok: true });
    expect((await dashboardAt(user.id, "2026-12-05T09:00:00Z")).exams[0]?.notice).toBeNull();

    // Someone who enrols after the cut-over never sees it.
    pinClock("2026-12-03T09:00:00Z");
    const later = await developerCandidate();
    expect((await dashboardAt(later.id, "2026-12-03T09:00:00Z")).exams[0]?.notice).toBeNull();

    newBrowser();
    expect(await dismissNotice({ notice: "version-change:DVA-C03" })).toMatchObject({
      ok: false,
      code: "unauthorized",
    });
  });

  it("records the version in an export and imports it back across the change", async () => {
    pinClock("2026-11-28T12:00:00Z");
    await developerCandidate();
    for (const itemId of ticked) await setItemStatus({ itemId, status: "done" });
    const res = await exportProgress(new Request("http://localhost/account/progress?format=json"));
    const text = await res.text();
    const file = JSON.parse(text) as { exams: unknown; items: { id: string; versions: string[] }[] };
    expect(file.exams).toEqual([{ cert: "developer", version: "DVA-C02", examDate: null }]);
    expect(file.items.some((i) => i.id === "dva-ai-guardrails-filtering")).toBe(false);
    expect(file.items.find((i) => i.id === "dva-cognito-auth")?.versions).toEqual(["DVA-C02"]);

    pinClock("2026-12-02T12:00:00Z");
    expect(await resetExamProgress({ cert: "developer", keepShared: false })).toMatchObject({ ok: true });
    const preview = await previewImport({ text, mode: "merge" });
    expect(preview.ok && preview.data.versionNotes).toEqual([
      "This file was exported for DVA-C02; your plan now follows DVA-C03. Ticks and notes carry over item by item, and topics only in DVA-C03 keep the status they have in your plan.",
    ]);
    expect(preview.ok && preview.data.statusChanges.map((c) => c.itemId).sort()).toEqual([...ticked].sort());
    expect(await applyImport({ text, mode: "merge" })).toMatchObject({ ok: true });
    const user = (await getCurrentUser())!;
    const after = (await dashboardAt(user.id, "2026-12-02T12:00:00Z")).exams[0]!;
    expect([after.code, after.progress.done]).toEqual(["DVA-C03", ticked.length]);

    const csv = await (
      await exportProgress(new Request("http://localhost/account/progress?format=csv"))
    ).text();
    expect(csv).toContain('"dva-ai-guardrails-filtering","developer","DVA-C03"');
  });
});
