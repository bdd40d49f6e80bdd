import { MODE_LABELS, SOURCE_LABELS, type Attempt } from "../readiness/types";
import type { AttemptRecord } from "../validations/practice";

import { csvCell } from "./progress-file";

/**
 * Practice attempts and exam results in the progress export (`attempts`, optional:
 * files exported before attempts existed still import) and what an import changes.
 * Pure.
 */

export interface ExportAttempt {
  exam: AttemptRecord["cert"];
  version: string;
  kind: AttemptRecord["kind"];
  date: string;
  source: AttemptRecord["source"];
  sourceName: string | null;
  mode: AttemptRecord["mode"];
  questions: number | null;
  correct: number | null;
  percent: number | null;
  scaledScore: number | null;
  passed: boolean | null;
  domains: {
    domain: string;
    percent: number | null;
    correct: number | null;
    total: number | null;
    result: "meets" | "needs-improvement" | null;
  }[];
  notes: string;
}

/** Attempts as written to the export, oldest first. */
export function exportAttempts(attempts: readonly (Attempt & { notes: string })[]): ExportAttempt[] {
  return attempts.map((a) => ({
    exam: a.cert,
    version: a.examCode,
    kind: a.kind,
    date: a.takenOn,
    source: a.source,
    sourceName: a.sourceName,
    mode: a.mode,
    questions: a.questions,
    correct: a.correct,
    percent: a.percent,
    scaledScore: a.scaledScore,
    passed: a.passed,
    domains: a.domains.map((d) => ({
      domain: d.domainId,
      percent: d.percent,
      correct: d.correct,
      total: d.total,
      result: d.meets === null ? null : d.meets ? "meets" : "needs-improvement",
    })),
    notes: a.notes,
  }));
}

/** A stored attempt as a record (to compare with a file's). */
export function recordOf(a: Attempt & { notes: string }): AttemptRecord {
  return {
    kind: a.kind,
    cert: a.cert,
    examCode: a.examCode,
    takenOn: a.takenOn,
    source: a.source,
    sourceName: a.sourceName,
    mode: a.mode,
    questions: a.questions,
    correct: a.correct,
    percent: a.percent,
    scaledScore: a.scaledScore,
    passed: a.passed,
    notes: a.notes,
    domains: a.domains.map((d) => ({ ...d })),
  };
}

/** Two attempts are the same when every field and every domain result is. */
export function attemptKey(r: AttemptRecord): string {
  const domains = [...r.domains]
    .sort((a, b) => (a.domainId < b.domainId ? -1 : a.domainId > b.domainId ? 1 : 0))
    .map((d) => [d.domainId, d.percent, d.correct, d.total, d.meets]);
  return JSON.stringify([
    r.kind,
    r.cert,
    r.examCode,
    r.takenOn,
    r.source,
    r.sourceName,
    r.mode,
    r.questions,
    r.correct,
    r.percent,
    r.scaledScore,
    r.passed,
    r.notes,
    domains,
  ]);
}

export interface AttemptImportPlan {
  /** Whether the file has an `attempts` list at all (older exports do not). */
  inFile: boolean;
  add: AttemptRecord[];
  /** Ids of the user's attempts the import removes (replace only). */
  removeIds: string[];
  unchanged: number;
}

/**
 * What an import does to attempts. Merge: adds the file's attempts the user does
 * not already have (same fields, same domain results), keeps everything else.
 * Replace: makes the user's attempts exactly the file's (attempts already there
 * are kept, not re-created). A file without `attempts` changes none.
 */
export function planAttemptImport(
  file: readonly AttemptRecord[] | undefined,
  mode: "merge" | "replace",
  current: readonly { id: string; record: AttemptRecord }[],
): AttemptImportPlan {
  if (file === undefined) return { inFile: false, add: [], removeIds: [], unchanged: current.length };
  // Multisets: two identical attempts on one day are two attempts.
  const available = new Map<string, string[]>();
  for (const { id, record } of current) {
    const key = attemptKey(record);
    available.set(key, [...(available.get(key) ?? []), id]);
  }
  const add: AttemptRecord[] = [];
  let matched = 0;
  for (const record of file) {
    const ids = available.get(attemptKey(record));
    if (ids && ids.length > 0) {
      ids.pop();
      matched += 1;
    } else {
      add.push(record);
    }
  }
  if (mode === "merge") return { inFile: true, add, removeIds: [], unchanged: current.length };
  return { inFile: true, add, removeIds: [...available.values()].flat(), unchanged: matched };
}

const ATTEMPTS_CSV_HEADER = [
  "Exam",
  "Exam version",
  "Kind",
  "Date",
  "Source",
  "Mode",
  "Questions",
  "Correct",
  "Score (%)",
  "Scaled score",
  "Result",
  "Domains",
  "Notes",
];

/**
 * Practice attempts and exam results for a spreadsheet, one row each, oldest first.
 * `titles` maps domain ids to their titles; every cell is quoted and formulas are defused.
 */
export function attemptsToCsv(
  attempts: readonly ExportAttempt[],
  titles: Readonly<Record<string, string>>,
): string {
  const lines = [ATTEMPTS_CSV_HEADER.map(csvCell).join(",")];
  const number = (n: number | null) => (n === null ? "" : String(n));
  for (const a of attempts) {
    const source =
      a.source === "other" && a.sourceName ? a.sourceName : a.source ? SOURCE_LABELS[a.source] : "";
    const domains = a.domains
      .map((d) => {
        const title = titles[d.domain] ?? d.domain;
        if (d.result) return `${title}: ${d.result === "meets" ? "meets competencies" : "needs improvement"}`;
        const counts = d.correct !== null && d.total !== null ? ` (${d.correct}/${d.total})` : "";
        return `${title}: ${number(d.percent)} %${counts}`;
      })
      .join("; ");
    lines.push(
      [
        a.exam,
        a.version,
        a.kind === "official" ? "exam result" : "practice",
        a.date,
        source,
        a.mode ? MODE_LABELS[a.mode] : "",
        number(a.questions),
        number(a.correct),
        number(a.percent),
        number(a.scaledScore),
        a.passed === null ? "" : a.passed ? "pass" : "fail",
        domains,
        a.notes,
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
