import { describe, expect, it } from "vitest";

import type { ExamVersion, Item } from "../curriculum/types";
import { fakeExamVersion } from "../../tests/support/curriculum";

import {
  exportItems,
  parseProgressFile,
  planImport,
  PROGRESS_FORMAT,
  toCsv,
  toJsonExport,
  versionNotes,
} from "./progress-file";

function item(id: string, certs: Item["certs"] = ["architect"]): Item {
  return {
    id,
    title: `Title of ${id}`,
    summary: "s",
    section: { kind: "step", step: "fundamentals" },
    certs,
    domains: [],
    taskStatements: [],
    skills: ["networking"],
    services: [],
    minutes: 30,
    links: [{ title: "doc", url: "https://docs.aws.amazon.com/" }],
  };
}

const items = [item("a"), item("b", ["architect", "developer"]), item("c", ["developer"])];
const label = () => "Step: Fundamentals";
const t0 = new Date("2026-11-01T10:00:00Z");
const t1 = new Date("2026-11-02T10:00:00Z");

describe("the progress export", () => {
  const rows = exportItems(
    items,
    [{ itemId: "a", status: "done", createdAt: t0, updatedAt: t1 }],
    new Map([["a", 'said "hi", then =SUM(A1)']]),
    label,
  );

  it("has one row per item, untouched items as to do", () => {
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ["a", "done"],
      ["b", "todo"],
      ["c", "todo"],
    ]);
    expect(rows[0]).toMatchObject({
      startedAt: t0.toISOString(),
      updatedAt: t1.toISOString(),
      exams: ["architect"],
    });
    expect(rows[1]?.exams).toEqual(["architect", "developer"]);
  });

  it("writes CSV that quotes everything and defuses formulas", () => {
    const csv = toCsv(rows);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      '"Item id","Exams","Exam versions","Section","Title","Status","Started","Updated","Note"',
    );
    expect(lines[1]).toContain('"said ""hi"", then =SUM(A1)"');
    expect(lines[2]).toContain('"architect + developer"');
    // Statuses in words people use, not the stored values.
    expect(lines[1]).toContain('"done"');
    expect(lines[2]).toContain('"to do"');
    expect(toCsv([{ ...rows[0]!, status: "in_progress" }])).toContain('"in progress"');
    expect(csv).not.toContain("in_progress");
    expect(toCsv([{ ...rows[0]!, note: "=HYPERLINK(1)" }])).toContain(`"'=HYPERLINK(1)"`);
  });

  it("round-trips through JSON import", () => {
    const text = JSON.stringify(toJsonExport(rows, t1));
    const parsed = parseProgressFile(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.file.items[0]).toMatchObject({ id: "a", status: "done" });
  });
});

describe("the export follows the exam versions of the plan", () => {
  const version = (code: string, cert: Item["certs"][number]): ExamVersion => fakeExamVersion(cert, code);
  const onlyC03 = { ...item("new-in-c03", ["developer"]), versions: ["DVA-C03"] };
  const all = [item("a"), item("c", ["developer"]), onlyC03];

  it("lists the items of the versions followed, with their codes, and keeps items the user touched", () => {
    const c02 = exportItems(all, [], new Map(), label, [version("DVA-C02", "developer")]);
    expect(c02.map((r) => [r.id, r.versions])).toEqual([["c", ["DVA-C02"]]]);
    const c03 = exportItems(all, [], new Map([["a", "kept note"]]), label, [version("DVA-C03", "developer")]);
    expect(c03.map((r) => [r.id, r.versions])).toEqual([
      ["a", []],
      ["c", ["DVA-C03"]],
      ["new-in-c03", ["DVA-C03"]],
    ]);
  });

  it("records the versions in the JSON file, and still imports a file from before they were recorded", () => {
    const exams = [{ cert: "developer" as const, version: "DVA-C02", examDate: "2026-11-20" }];
    const parsed = parseProgressFile(JSON.stringify(toJsonExport([], t1, exams)));
    expect(parsed.ok && parsed.file.exams).toEqual(exams);
    const old = {
      format: PROGRESS_FORMAT,
      exportedAt: t0.toISOString(),
      items: [{ id: "c", status: "done" }],
    };
    const parsedOld = parseProgressFile(JSON.stringify(old));
    expect(parsedOld.ok && parsedOld.file.exams).toBeUndefined();
    expect(parsedOld.ok && parsedOld.file.items).toEqual([{ id: "c", status: "done", note: "" }]);
  });

  it("says so when the file was made for another version than the plan follows now", () => {
    const current = [{ cert: "developer" as const, version: "DVA-C03" }];
    expect(versionNotes(undefined, current)).toEqual([]);
    expect(versionNotes([{ cert: "developer", version: "DVA-C03" }], current)).toEqual([]);
    expect(versionNotes([{ cert: "developer", version: "DVA-C02" }], current)).toEqual([
      "This file was exported for DVA-C02; your plan now follows DVA-C03. Ticks and notes carry over item by item, and topics only in DVA-C03 keep the status they have in your plan.",
    ]);
  });
});

describe("parsing an import", () => {
  it.each([
    [
      "text that is not JSON",
      "not json",
      "The file is not valid JSON. Choose a file exported from AWS Study Planner.",
    ],
    ["a JSON array", "[]", "The file is not an AWS Study Planner progress export"],
    [
      "another format",
      JSON.stringify({ format: "other", items: [] }),
      "is not an AWS Study Planner progress export",
    ],
    [
      "an unknown status",
      JSON.stringify({ format: PROGRESS_FORMAT, items: [{ id: "a", status: "finished" }] }),
      "has an unknown status (at items.0.status)",
    ],
    [
      "a huge note",
      JSON.stringify({
        format: PROGRESS_FORMAT,
        items: [{ id: "a", status: "done", note: "x".repeat(5001) }],
      }),
      "note over 5,000",
    ],
    ["no items", JSON.stringify({ format: PROGRESS_FORMAT }), "(at items)"],
    ["a file over 1 MB", "x".repeat(1_000_001), "too large"],
  ])("refuses %s with a clear message", (_label, text, message) => {
    const result = parseProgressFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe("planning an import", () => {
  const known = new Map(items.map((i) => [i.id, { title: i.title }]));
  const file = {
    format: PROGRESS_FORMAT as typeof PROGRESS_FORMAT,
    items: [
      { id: "a", status: "done" as const, note: "" },
      { id: "b", status: "in_progress" as const, note: "halfway" },
      { id: "gone-item", status: "done" as const, note: "" },
    ],
  };
  const current = new Map([
    ["a", "done" as const],
    ["c", "skipped" as const],
  ]);
  const notes = new Map([["c", "old note"]]);

  it("merge changes only what the file lists", () => {
    const plan = planImport(file, "merge", current, notes, known);
    expect(plan.statusChanges).toEqual([
      { itemId: "b", title: "Title of b", from: "todo", to: "in_progress" },
    ]);
    expect(plan.notesSet).toEqual([{ itemId: "b", body: "halfway" }]);
    expect(plan.notesDeleted).toEqual([]);
    expect(plan.unknownItems).toEqual(["gone-item"]);
    expect(plan.unchanged).toBe(1);
  });

  it("replace also resets what the file does not list", () => {
    const plan = planImport(file, "replace", current, notes, known);
    expect(plan.statusChanges.map((c) => [c.itemId, c.from, c.to])).toEqual([
      ["b", "todo", "in_progress"],
      ["c", "skipped", "todo"],
    ]);
    expect(plan.notesDeleted).toEqual(["c"]);
  });
});

describe("review cards and the review log in the file", () => {
  const known = new Map(items.map((i) => [i.id, { title: i.title }]));
  const card = (itemId: string, lastReview: string) => ({
    itemId,
    state: 2,
    dueOn: "2026-12-17",
    stability: 13.82690327,
    difficulty: 2.1,
    scheduledDays: 14,
    learningSteps: 0,
    reps: 2,
    lapses: 0,
    lastReview,
  });
  const log = (itemId: string, reviewedAt: string) => ({
    itemId,
    rating: "good" as const,
    reviewedAt,
    state: 2,
    dueOn: "2026-12-03",
    elapsedDays: 3,
    scheduledDays: 14,
    stability: 13.82690327,
    difficulty: 2.1,
  });
  const file = (review: unknown) =>
    parseProgressFile(
      JSON.stringify({
        format: PROGRESS_FORMAT,
        items: [
          { id: "a", status: "done" },
          { id: "b", status: "skipped" },
        ],
        review,
      }),
    );

  it("are written to the JSON export and read back", () => {
    const review = {
      retention: 90,
      cards: [card("a", "2026-12-03T12:00:00.000Z")],
      logs: [log("a", "2026-12-03T12:00:00.000Z")],
    };
    const json = toJsonExport([], t0, [], review);
    expect(json.review).toEqual(review);
    const parsed = parseProgressFile(JSON.stringify(json));
    expect(parsed.ok && parsed.file.review).toEqual(review);
  });

  it("are optional: a file from before spaced review still imports", () => {
    const parsed = file(undefined);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = planImport(parsed.file, "merge", new Map(), new Map(), known);
    expect(plan.reviewCards).toEqual([]);
    expect(plan.reviewLogs).toEqual([]);
  });

  it("refuse a file whose card or review is malformed, with a sentence", () => {
    expect(file({ cards: [{ ...card("a", "soon"), stability: 2 }], logs: [] })).toEqual({
      ok: false,
      message:
        "The file has a review card with an invalid date (at review.cards.0.lastReview). Nothing was changed.",
    });
    expect(
      file({ cards: [], logs: [{ ...log("a", "2026-12-03T12:00:00Z"), rating: "perfect" }] }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining("has a review with an unknown rating"),
    });
  });

  it("sets cards only for items done after the import; merge keeps the more recent card", () => {
    const parsed = file({
      cards: [
        card("a", "2026-12-03T12:00:00Z"),
        card("b", "2026-12-03T12:00:00Z"),
        card("zz", "2026-12-03T12:00:00Z"),
      ],
      logs: [],
    });
    if (!parsed.ok) throw new Error(parsed.message);
    // "a" becomes done (no card yet): the file's card; "b" is skipped: none; "zz" is unknown.
    expect(
      planImport(parsed.file, "merge", new Map(), new Map(), known).reviewCards.map((c) => c.itemId),
    ).toEqual(["a"]);
    const mineNewer = { cards: new Map([["a", "2026-12-10T00:00:00.000Z"]]), logs: new Set<string>() };
    const done = new Map([["a", "done" as const]]);
    expect(planImport(parsed.file, "merge", done, new Map(), known, mineNewer).reviewCards).toEqual([]);
    expect(
      planImport(parsed.file, "replace", done, new Map(), known, mineNewer).reviewCards.map((c) => c.itemId),
    ).toEqual(["a"]);
  });

  it("adds only the reviews the log does not have yet", () => {
    const parsed = file({
      cards: [],
      logs: [
        log("a", "2026-12-03T12:00:00Z"),
        log("a", "2026-12-17T08:00:00.000Z"),
        log("zz", "2026-12-03T12:00:00Z"),
      ],
    });
    if (!parsed.ok) throw new Error(parsed.message);
    const current = { cards: new Map(), logs: new Set(["a|2026-12-03T12:00:00.000Z|good"]) };
    const plan = planImport(parsed.file, "replace", new Map(), new Map(), known, current);
    expect(plan.reviewLogs.map((l) => l.reviewedAt)).toEqual(["2026-12-17T08:00:00.000Z"]);
  });
});
