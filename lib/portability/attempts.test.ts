import { describe, expect, it } from "vitest";

import type { AttemptRecord } from "../validations/practice";

import { attemptKey, attemptsToCsv, exportAttempts, planAttemptImport } from "./attempts";
import { parseProgressFile, PROGRESS_FORMAT } from "./progress-file";

function record(takenOn: string, percent: number, notes = ""): AttemptRecord {
  return {
    kind: "practice",
    cert: "architect",
    examCode: "SAA-C03",
    takenOn,
    source: "tutorials_dojo",
    sourceName: null,
    mode: "timed_full_exam",
    questions: null,
    correct: null,
    percent,
    scaledScore: null,
    passed: null,
    notes,
    domains: [{ domainId: "saa-c03-d1", percent: 60, correct: null, total: null, meets: null }],
  };
}

describe("planAttemptImport", () => {
  const a = record("2026-12-01", 60);
  const b = record("2026-12-03", 66);
  const c = record("2026-12-05", 70);

  it("changes nothing for a file without attempts (exported before they existed), in either mode", () => {
    const current = [{ id: "1", record: a }];
    expect(planAttemptImport(undefined, "merge", current)).toEqual({
      inFile: false,
      add: [],
      removeIds: [],
      unchanged: 1,
    });
    expect(planAttemptImport(undefined, "replace", current)).toEqual({
      inFile: false,
      add: [],
      removeIds: [],
      unchanged: 1,
    });
  });

  it("merges: adds what is new, keeps what is there", () => {
    const plan = planAttemptImport([a, c], "merge", [
      { id: "1", record: a },
      { id: "2", record: b },
    ]);
    expect(plan).toEqual({ inFile: true, add: [c], removeIds: [], unchanged: 2 });
  });

  it("replaces: removes what the file lacks, keeps identical attempts", () => {
    const plan = planAttemptImport([a, c], "replace", [
      { id: "1", record: a },
      { id: "2", record: b },
    ]);
    expect(plan).toEqual({ inFile: true, add: [c], removeIds: ["2"], unchanged: 1 });
    expect(planAttemptImport([], "replace", [{ id: "1", record: a }])).toMatchObject({
      add: [],
      removeIds: ["1"],
    });
  });

  it("counts identical attempts as separate attempts", () => {
    expect(planAttemptImport([a, a], "merge", [{ id: "1", record: a }]).add).toEqual([a]);
  });

  it("treats a different note or domain score as a different attempt", () => {
    expect(attemptKey(a)).not.toBe(attemptKey(record("2026-12-01", 60, "note")));
    expect(attemptKey(a)).not.toBe(
      attemptKey({
        ...a,
        domains: [{ domainId: "saa-c03-d1", percent: 61, correct: null, total: null, meets: null }],
      }),
    );
    // The order domains are listed in does not matter.
    const two = {
      ...a,
      domains: [
        ...a.domains,
        { domainId: "saa-c03-d2", percent: 50, correct: null, total: null, meets: null },
      ],
    };
    expect(attemptKey(two)).toBe(attemptKey({ ...two, domains: [...two.domains].reverse() }));
  });
});

describe("attempts in the progress file", () => {
  it("round-trips: exported attempts parse back to the same records", () => {
    const stored = [
      { id: "x", createdAt: "2026-12-01T10:00:00Z", ...record("2026-12-01", 60, "timed, 130 min") },
      {
        id: "y",
        createdAt: "2026-12-10T10:00:00Z",
        ...record("2026-12-10", 0),
        kind: "official" as const,
        source: null,
        mode: null,
        percent: null,
        scaledScore: 684,
        passed: false,
        domains: [{ domainId: "saa-c03-d2", percent: null, correct: null, total: null, meets: false }],
      },
    ];
    const text = JSON.stringify({ format: PROGRESS_FORMAT, items: [], attempts: exportAttempts(stored) });
    const parsed = parseProgressFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.attempts).toEqual(stored.map(({ id: _id, createdAt: _c, ...rest }) => rest));
  });

  it("still accepts a file without attempts", () => {
    const parsed = parseProgressFile(JSON.stringify({ format: PROGRESS_FORMAT, items: [] }));
    expect(parsed.ok && parsed.file.attempts).toBeUndefined();
  });

  it("refuses a file with a bad attempt, saying where", () => {
    const parsed = parseProgressFile(
      JSON.stringify({
        format: PROGRESS_FORMAT,
        items: [],
        attempts: [
          { ...exportAttempts([{ id: "x", createdAt: "", ...record("2026-12-01", 60) }])[0], percent: 101 },
        ],
      }),
    );
    expect(parsed).toEqual({
      ok: false,
      message: "The file has a percent over 100 (at attempts.0.percent). Nothing was changed.",
    });
  });
});

describe("attemptsToCsv", () => {
  it("writes one quoted row per attempt, with domain titles, and defuses formulas", () => {
    const practice = {
      id: "x",
      createdAt: "",
      ...record("2026-12-01", 62.5, '=HYPERLINK("http://evil")'),
      source: "other" as const,
      sourceName: "Udemy",
      questions: 16,
      correct: 10,
      domains: [{ domainId: "saa-c03-d1", percent: 75, correct: 12, total: 16, meets: null }],
    };
    const result = {
      id: "y",
      createdAt: "",
      ...record("2026-12-09", 0),
      kind: "official" as const,
      source: null,
      mode: null,
      percent: null,
      scaledScore: 702,
      passed: false,
      domains: [{ domainId: "saa-c03-d2", percent: null, correct: null, total: null, meets: false }],
    };
    const csv = attemptsToCsv(exportAttempts([practice, result]), {
      "saa-c03-d1": "Design Secure Architectures",
      "saa-c03-d2": "Design Resilient Architectures",
    });
    expect(csv.split("\r\n")).toEqual([
      '"Exam","Exam version","Kind","Date","Source","Mode","Questions","Correct","Score (%)","Scaled score","Result","Domains","Notes"',
      '"architect","SAA-C03","practice","2026-12-01","Udemy","Timed full exam","16","10","62.5","","","Design Secure Architectures: 75 % (12/16)","\'=HYPERLINK(""http://evil"")"',
      '"architect","SAA-C03","exam result","2026-12-09","","","","","","702","fail","Design Resilient Architectures: needs improvement",""',
      "",
    ]);
  });
});
