import { z } from "zod";

import type { CertId, ExamVersion, Item, ItemStatus } from "../curriculum/types";
import { CERT_IDS, ITEM_STATUSES } from "../curriculum/types";
import { belongsToVersion } from "../curriculum/versions";
import { STATUS_WORDS } from "../progress/status";
import { MAX_ATTEMPTS } from "../readiness/types";
import { NOTE_MAX } from "../validations/note-limit";
import { attemptFileSchema } from "../validations/practice";

import type { ExportAttempt } from "./attempts";

/**
 * The progress export (CSV and JSON) and what an import would change. Pure: the
 * route handlers and server actions feed it rows and the curriculum.
 */

export const PROGRESS_FORMAT = "aws-study-planner/progress@1";
export const IMPORT_MAX_BYTES = 1_000_000;

export interface ProgressRow {
  itemId: string;
  status: ItemStatus;
  createdAt: Date;
  updatedAt: Date;
}

export interface ExportItem {
  id: string;
  title: string;
  exams: CertId[];
  /** The exam versions (of the user's plan) this item counts for: ["SAA-C03", "DVA-C03"]. */
  versions: string[];
  section: string;
  status: ItemStatus;
  startedAt: string | null;
  updatedAt: string | null;
  note: string;
}

export function sectionLabel(
  item: Item,
  stepTitles: Record<string, string>,
  tipTitles: Record<string, string>,
): string {
  return item.section.kind === "step"
    ? `Step: ${stepTitles[item.section.step] ?? item.section.step}`
    : `Study tip: ${tipTitles[item.section.group] ?? item.section.group}`;
}

/** Which version of each exam the user's plan follows, as recorded in an export. */
export interface ExportExam {
  cert: CertId;
  version: string;
  examDate: string | null;
}

/**
 * One row per item of the versions the user's plan follows (every item when
 * the plan has no exam), untouched items included (status todo), plus any other
 * item the user has progress or a note on, so nothing they did is left out.
 */
export function exportItems(
  items: readonly Item[],
  progress: readonly ProgressRow[],
  notes: ReadonlyMap<string, string>,
  label: (item: Item) => string,
  versions: readonly ExamVersion[] = [],
): ExportItem[] {
  const byId = new Map(progress.map((p) => [p.itemId, p]));
  const included = items.filter(
    (item) =>
      versions.length === 0 ||
      versions.some((version) => belongsToVersion(item, version)) ||
      byId.has(item.id) ||
      notes.has(item.id),
  );
  return included.map((item) => {
    const row = byId.get(item.id);
    return {
      id: item.id,
      title: item.title,
      exams: [...item.certs],
      versions: versions.filter((version) => belongsToVersion(item, version)).map((v) => v.exam.code),
      section: label(item),
      status: row?.status ?? "todo",
      startedAt: row ? row.createdAt.toISOString() : null,
      updatedAt: row ? row.updatedAt.toISOString() : null,
      note: notes.get(item.id) ?? "",
    };
  });
}

export function csvCell(value: string): string {
  // Quote every cell; neutralise spreadsheet formulas (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export const CSV_HEADER = [
  "Item id",
  "Exams",
  "Exam versions",
  "Section",
  "Title",
  "Status",
  "Started",
  "Updated",
  "Note",
];

export function toCsv(rows: readonly ExportItem[]): string {
  const lines = [CSV_HEADER.map(csvCell).join(",")];
  for (const r of rows) {
    lines.push(
      [
        r.id,
        r.exams.join(" + "),
        r.versions.join(" + "),
        r.section,
        r.title,
        STATUS_WORDS[r.status],
        r.startedAt ?? "",
        r.updatedAt ?? "",
        r.note,
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** A review card as exported (ADR 029): its FSRS state and due day. */
export interface ExportReviewCard {
  itemId: string;
  state: number;
  dueOn: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: string;
}

/** One rating of the review log, as exported. */
export interface ExportReviewLog {
  itemId: string;
  rating: "again" | "hard" | "good" | "easy";
  reviewedAt: string;
  state: number;
  dueOn: string;
  elapsedDays: number;
  scheduledDays: number;
  stability: number;
  difficulty: number;
}

export interface ExportReview {
  /** Desired retention in percent, for the record (an import keeps the importer's own). */
  retention: number;
  cards: ExportReviewCard[];
  logs: ExportReviewLog[];
}

export function toJsonExport(
  rows: readonly ExportItem[],
  exportedAt: Date,
  exams: readonly ExportExam[] = [],
  review?: ExportReview,
  attempts?: readonly ExportAttempt[],
) {
  return {
    format: PROGRESS_FORMAT,
    exportedAt: exportedAt.toISOString(),
    exams,
    items: rows,
    ...(review ? { review } : {}),
    ...(attempts ? { attempts } : {}),
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const count = (max: number) => z.number().int().min(0).max(max);

const reviewCardSchema = z.object({
  itemId: z.string().min(1).max(100),
  state: count(3),
  dueOn: z.string().regex(DAY, "has a review card with an invalid due day"),
  stability: z.number().positive().max(1_000_000),
  difficulty: z.number().min(1).max(10),
  scheduledDays: count(1_000_000),
  learningSteps: count(1_000),
  reps: count(1_000_000),
  lapses: count(1_000_000),
  lastReview: z.iso.datetime({ offset: true, error: "has a review card with an invalid date" }),
});

const reviewLogSchema = z.object({
  itemId: z.string().min(1).max(100),
  rating: z.enum(["again", "hard", "good", "easy"], { error: "has a review with an unknown rating" }),
  reviewedAt: z.iso.datetime({ offset: true, error: "has a review with an invalid date" }),
  state: count(3),
  dueOn: z.string().regex(DAY, "has a review with an invalid due day"),
  elapsedDays: count(1_000_000),
  scheduledDays: count(1_000_000),
  stability: z.number().positive().max(1_000_000),
  difficulty: z.number().min(1).max(10),
});

const importItemSchema = z.object({
  id: z.string().min(1).max(100),
  status: z.enum(ITEM_STATUSES, { error: "has an unknown status" }),
  note: z
    .string()
    .max(NOTE_MAX, `has a note over ${NOTE_MAX.toLocaleString("en")} characters`)
    .optional()
    .default(""),
});

export const progressFileSchema = z.object({
  format: z.literal(PROGRESS_FORMAT, {
    error: `is not an AWS Study Planner progress export (${PROGRESS_FORMAT})`,
  }),
  /** Absent in files exported before exam versions were recorded (before DVA-C03): still accepted. */
  exams: z
    .array(
      z.object({
        cert: z.enum(CERT_IDS, { error: "names an unknown exam" }),
        version: z.string().regex(/^[A-Z]{3}-C\d{2}$/, "names an unknown exam version"),
        examDate: z.string().nullable().optional(),
      }),
    )
    .max(CERT_IDS.length, "lists too many exams")
    .optional(),
  items: z.array(importItemSchema).max(2_000, "has too many items"),
  /** Absent in files exported before spaced review: still accepted. */
  review: z
    .object({
      retention: z.number().optional(),
      cards: z.array(reviewCardSchema).max(2_000, "has too many review cards"),
      logs: z.array(reviewLogSchema).max(20_000, "has too many reviews"),
    })
    .optional(),
  /** Practice attempts and exam results; absent in files exported before they existed: still accepted. */
  attempts: z.array(attemptFileSchema).max(MAX_ATTEMPTS, "has too many attempts").optional(),
});

export type ProgressFile = z.infer<typeof progressFileSchema>;

export type ParseResult = { ok: true; file: ProgressFile } | { ok: false; message: string };

/** Parses an uploaded file's text; every failure is one clear sentence. */
export function parseProgressFile(text: string): ParseResult {
  if (text.length > IMPORT_MAX_BYTES) return { ok: false, message: "The file is too large (over 1 MB)." };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: "The file is not valid JSON. Choose a file exported from AWS Study Planner.",
    };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      ok: false,
      message: "The file is not an AWS Study Planner progress export. Nothing was changed.",
    };
  }
  const parsed = progressFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join(".")})` : "";
    return {
      ok: false,
      message: `The file ${issue?.message ?? "is not valid"}${where}. Nothing was changed.`,
    };
  }
  return { ok: true, file: parsed.data };
}

export type ImportMode = "merge" | "replace";

export interface ImportChange {
  itemId: string;
  title: string;
  from: ItemStatus;
  to: ItemStatus;
}

export interface ImportPlan {
  statusChanges: ImportChange[];
  notesSet: { itemId: string; body: string }[];
  notesDeleted: string[];
  unknownItems: string[];
  unchanged: number;
  /** Review cards the file sets (only for items done after the import). */
  reviewCards: ExportReviewCard[];
  /** Reviews of the file not in the log yet (the log is append-only: nothing is removed). */
  reviewLogs: ExportReviewLog[];
}

/** What the importer already has of spaced review. */
export interface CurrentReview {
  /** Item id → the instant of the card's last review (ISO). */
  cards: ReadonlyMap<string, string>;
  /** Keys of logged reviews: `${itemId}|${reviewedAt ISO}|${rating}`. */
  logs: ReadonlySet<string>;
}

export function reviewLogKey(log: Pick<ExportReviewLog, "itemId" | "reviewedAt" | "rating">): string {
  return `${log.itemId}|${new Date(log.reviewedAt).toISOString()}|${log.rating}`;
}

/**
 * What an import changes. Merge: items the file has progress on (any status but
 * "to do") take the file's status, and its non-empty notes are added; everything
 * else stays as it is. Replace: the file is the whole truth; items missing from it,
 * or "to do" in it, go back to "to do", and notes it lacks are deleted.
 */
export function planImport(
  file: ProgressFile,
  mode: ImportMode,
  current: ReadonlyMap<string, ItemStatus>,
  currentNotes: ReadonlyMap<string, string>,
  known: ReadonlyMap<string, { title: string }>,
  currentReview: CurrentReview = { cards: new Map(), logs: new Set() },
): ImportPlan {
  const plan: ImportPlan = {
    statusChanges: [],
    notesSet: [],
    notesDeleted: [],
    unknownItems: [],
    unchanged: 0,
    reviewCards: [],
    reviewLogs: [],
  };
  const inFile = new Set<string>();
  for (const entry of file.items) {
    const item = known.get(entry.id);
    if (!item) {
      plan.unknownItems.push(entry.id);
      continue;
    }
    if (inFile.has(entry.id)) continue;
    inFile.add(entry.id);
    const from = current.get(entry.id) ?? "todo";
    if (mode === "merge" && entry.status === "todo") plan.unchanged += 1;
    else if (from !== entry.status)
      plan.statusChanges.push({ itemId: entry.id, title: item.title, from, to: entry.status });
    else plan.unchanged += 1;
    const note = entry.note.trim() ? entry.note : "";
    if (note && currentNotes.get(entry.id) !== note) plan.notesSet.push({ itemId: entry.id, body: note });
    if (!note && mode === "replace" && currentNotes.has(entry.id)) plan.notesDeleted.push(entry.id);
  }
  if (mode === "replace") {
    for (const [itemId, status] of current) {
      if (inFile.has(itemId) || status === "todo") continue;
      const item = known.get(itemId);
      plan.statusChanges.push({ itemId, title: item?.title ?? itemId, from: status, to: "todo" });
    }
    for (const itemId of currentNotes.keys()) {
      if (!inFile.has(itemId) && !plan.notesDeleted.includes(itemId)) plan.notesDeleted.push(itemId);
    }
  }

  // Spaced review: a card only for an item that is done once the import is applied. Merge
  // keeps the more recently reviewed card; replace takes the file's.
  const finalStatus = new Map(current);
  for (const change of plan.statusChanges) finalStatus.set(change.itemId, change.to);
  const seenCards = new Set<string>();
  for (const card of file.review?.cards ?? []) {
    if (!known.has(card.itemId) || seenCards.has(card.itemId)) continue;
    seenCards.add(card.itemId);
    if (finalStatus.get(card.itemId) !== "done") continue;
    // Without a card of mine (the item becomes done now, or has none), the file's is taken.
    const mine = currentReview.cards.get(card.itemId);
    const take =
      mine === undefined ||
      (mode === "merge"
        ? Date.parse(card.lastReview) > Date.parse(mine)
        : Date.parse(card.lastReview) !== Date.parse(mine));
    if (take) plan.reviewCards.push(card);
  }
  const seenLogs = new Set(currentReview.logs);
  for (const log of file.review?.logs ?? []) {
    const key = reviewLogKey(log);
    if (!known.has(log.itemId) || seenLogs.has(key)) continue;
    seenLogs.add(key);
    plan.reviewLogs.push(log);
  }
  return plan;
}

/**
 * Sentences for the import preview when the file was made for another exam
 * version than the one the plan follows now (e.g. exported for DVA-C02, imported
 * after the move to DVA-C03). Statuses carry over by item id either way.
 */
export function versionNotes(
  fileExams: readonly Pick<ExportExam, "cert" | "version">[] | undefined,
  current: readonly Pick<ExportExam, "cert" | "version">[],
): string[] {
  if (!fileExams) return [];
  const notes: string[] = [];
  for (const exam of fileExams) {
    const now = current.find((c) => c.cert === exam.cert);
    if (!now || now.version === exam.version) continue;
    notes.push(
      `This file was exported for ${exam.version}; your plan now follows ${now.version}. Ticks and notes carry over item by item, and topics only in ${now.version} keep the status they have in your plan.`,
    );
  }
  return notes;
}
