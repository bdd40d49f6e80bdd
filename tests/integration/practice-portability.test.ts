import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { GET as exportAccount } from "@/app/(app)/account/export/route";
import { GET as exportProgress } from "@/app/(app)/account/progress/route";
import SharedProgressPage from "@/app/u/[slug]/page";
import { saveEnrollments } from "@/lib/actions/plan";
import { applyImport, enableSharing, previewImport } from "@/lib/actions/portability";
import { saveAttempt } from "@/lib/actions/practice";
import { getCurrentUser } from "@/lib/auth";
import { pinClock, unpinClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { PROGRESS_FORMAT } from "@/lib/portability/progress-file";

import { signUpAndSignIn } from "../support/accounts";
import { form, redirectOf } from "../support/next-request";

let n = 0;
async function newUser() {
  await signUpAndSignIn(`pio-${Date.now()}-${++n}@example.com`, "correct horse battery staple 42");
  await redirectOf(() => saveEnrollments(null, form({ developer: "on", timeZone: "UTC" })));
  return (await getCurrentUser())!;
}

async function logTwo() {
  const practice = await saveAttempt({
    kind: "practice",
    cert: "developer",
    date: "2026-11-28",
    source: "other",
    sourceName: "Udemy",
    mode: "domain_set",
    questions: "20",
    correct: "13",
    domainScores: { "dva-c02-d3": "7/10", "dva-c02-d2": "60" },
    notes: "PRIVATE-PRACTICE-NOTE",
  });
  const official = await saveAttempt({
    kind: "official",
    cert: "developer",
    date: "2026-12-05",
    scaledScore: "702",
    result: "fail",
    domainResults: { "dva-c03-d2": "needs-improvement", "dva-c03-d4": "meets" },
    notes: "PRIVATE-EXAM-NOTE",
  });
  expect([practice.ok, official.ok]).toEqual([true, true]);
}

async function exportJson(): Promise<string> {
  const res = await exportProgress(new Request("http://localhost/account/progress?format=json"));
  expect(res.status).toBe(200);
  return res.text();
}

async function attemptsOf(userId: string) {
  const rows = await db.examAttempt.findMany({
    where: { userId },
    include: { domains: { orderBy: { domainId: "asc" } } },
    orderBy: { takenOn: "asc" },
  });
  return rows.map((r) => ({
    examCode: r.examCode,
    kind: r.kind,
    takenOn: r.takenOn.toISOString().slice(0, 10),
    source: r.source,
    sourceName: r.sourceName,
    percent: r.percent,
    scaledScore: r.scaledScore,
    passed: r.passed,
    notes: r.notes,
    domains: r.domains.map((d) => [d.domainId, d.percent, d.correct, d.total, d.meets]),
  }));
}

beforeEach(() => pinClock("2026-12-10T12:00:00Z"));
afterEach(() => unpinClock());

describe("attempts in the progress export and import", () => {
  it("exports attempts with notes and imports them into another account (merge adds once)", async () => {
    const owner = await newUser();
    await logTwo();
    const text = await exportJson();
    const file = JSON.parse(text) as { attempts: { version: string; notes: string }[] };
    expect(file.attempts.map((a) => [a.version, a.notes])).toEqual([
      ["DVA-C02", "PRIVATE-PRACTICE-NOTE"],
      ["DVA-C03", "PRIVATE-EXAM-NOTE"],
    ]);

    const other = await newUser();
    const preview = await previewImport({ text, mode: "merge" });
    expect(preview.ok && preview.data.attempts).toEqual({ inFile: true, added: 2, removed: 0, unchanged: 0 });
    expect(await db.examAttempt.count({ where: { userId: other.id } })).toBe(0);

    expect(await applyImport({ text, mode: "merge" })).toMatchObject({ ok: true });
    expect(await attemptsOf(other.id)).toEqual(await attemptsOf(owner.id));
    // Importing the same file again adds nothing.
    const again = await previewImport({ text, mode: "merge" });
    expect(again.ok && again.data.attempts).toEqual({ inFile: true, added: 0, removed: 0, unchanged: 2 });
    await applyImport({ text, mode: "merge" });
    expect(await db.examAttempt.count({ where: { userId: other.id } })).toBe(2);
  });

  it("replace makes the attempts the file's; a file without attempts leaves them alone", async () => {
    const user = await newUser();
    await logTwo();
    const withoutAttempts = JSON.stringify({ format: PROGRESS_FORMAT, items: [] });
    const preview = await previewImport({ text: withoutAttempts, mode: "replace" });
    expect(preview.ok && preview.data.attempts).toEqual({
      inFile: false,
      added: 0,
      removed: 0,
      unchanged: 2,
    });
    expect(await applyImport({ text: withoutAttempts, mode: "replace" })).toMatchObject({ ok: true });
    expect(await db.examAttempt.count({ where: { userId: user.id } })).toBe(2);

    const emptyList = JSON.stringify({ format: PROGRESS_FORMAT, items: [], attempts: [] });
    await applyImport({ text: emptyList, mode: "replace" });
    expect(await db.examAttempt.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.examAttemptDomain.count({ where: { attempt: { userId: user.id } } })).toBe(0);
  });

  it("refuses a file with an attempt after today, or out of range, and changes nothing", async () => {
    const user = await newUser();
    const attempt = {
      exam: "developer",
      version: "DVA-C03",
      kind: "practice",
      date: "2026-12-11",
      source: "whizlabs",
      mode: "review",
      percent: 70,
    };
    const future = JSON.stringify({ format: PROGRESS_FORMAT, items: [], attempts: [attempt] });
    const r = await applyImport({ text: future, mode: "merge" });
    expect(r).toMatchObject({
      ok: false,
      message: "The file has an attempt dated 2026-12-11, after today. Nothing was changed.",
    });
    const bad = JSON.stringify({
      format: PROGRESS_FORMAT,
      items: [],
      attempts: [{ ...attempt, date: "2026-12-01", percent: 170 }],
    });
    expect((await previewImport({ text: bad, mode: "merge" })).ok).toBe(false);
    expect(await db.examAttempt.count({ where: { userId: user.id } })).toBe(0);
  });

  it("downloads attempts as CSV, one row each", async () => {
    await newUser();
    await logTwo();
    const res = await exportProgress(new Request("http://localhost/account/progress?format=attempts-csv"));
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="aws-study-planner-practice-2026-12-10.csv"',
    );
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      '"developer","DVA-C02","practice","2026-11-28","Udemy","Domain set","20","13","65","","","Security: 60 %; Deployment: 70 % (7/10)","PRIVATE-PRACTICE-NOTE"',
    );
    expect(lines[2]).toContain(
      '"702","fail","Security: needs improvement; Troubleshooting and Optimization: meets competencies"',
    );
  });

  it("puts attempts in the full data export", async () => {
    await newUser();
    await logTwo();
    const res = await exportAccount();
    const data = (await res.json()) as {
      user: { attempts: { examCode: string; takenOn: string; notes: string }[] };
    };
    expect(data.user.attempts.map((a) => [a.examCode, a.takenOn, a.notes])).toEqual([
      ["DVA-C02", "2026-11-28", "PRIVATE-PRACTICE-NOTE"],
      ["DVA-C03", "2026-12-05", "PRIVATE-EXAM-NOTE"],
    ]);
  });
});

describe("the share page", () => {
  it("shows practice scores and the exam result, never notes or source names", async () => {
    await newUser();
    await logTwo();
    const shared = await enableSharing({});
    const slug = shared.ok ? shared.data.slug! : "";
    // React separates adjacent text with <!-- -->: read the text as a visitor would.
    const html = renderToString(
      await SharedProgressPage({ params: Promise.resolve({ slug }) } as never),
    ).replaceAll("<!-- -->", "");
    expect(html).toContain("Practice exams: Developer");
    expect(html).toContain("65 %"); // 13 of 20
    expect(html).toContain("702 of 1000");
    expect(html).toContain("Earliest retake: 19 Dec 2026");
    expect(html).not.toContain("PRIVATE-PRACTICE-NOTE");
    expect(html).not.toContain("PRIVATE-EXAM-NOTE");
    expect(html).not.toContain("Udemy");
    expect(html).not.toContain('href="/practice"');
    expect(html).not.toContain('href="/plan/');
  });
});
