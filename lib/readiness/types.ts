import type { CertId } from "../curriculum/types";
import { addDays } from "../progress/days";

/**
 * Practice attempts and real exam results as the pure functions see them
 * (lib/data reads them; nothing here touches the database or the clock).
 */

export const ATTEMPT_KINDS = ["practice", "official"] as const;
export type AttemptKind = (typeof ATTEMPT_KINDS)[number];

export const PRACTICE_SOURCES = [
  "aws_practice_question_set",
  "skill_builder_practice_exam",
  "skill_builder_pretest",
  "tutorials_dojo",
  "whizlabs",
  "other",
] as const;
export type PracticeSource = (typeof PRACTICE_SOURCES)[number];

export const SOURCE_LABELS: Record<PracticeSource, string> = {
  aws_practice_question_set: "AWS official practice question set",
  skill_builder_practice_exam: "Skill Builder practice exam",
  skill_builder_pretest: "Skill Builder pretest",
  tutorials_dojo: "Tutorials Dojo",
  whizlabs: "Whizlabs",
  other: "Other",
};

export const PRACTICE_MODES = ["timed_full_exam", "domain_set", "review"] as const;
export type PracticeMode = (typeof PRACTICE_MODES)[number];

export const MODE_LABELS: Record<PracticeMode, string> = {
  timed_full_exam: "Timed full exam",
  domain_set: "Domain set",
  review: "Review",
};

/** The practice pass line: AWS passes at a scaled 720 of 1000, which practice sets read as 72 %. */
export const PASS_PERCENT = 72;

/** Days AWS makes a candidate wait after a failed attempt before retaking the exam. */
export const RETAKE_WAIT_DAYS = 14;

/** The first day a candidate who failed on `takenOn` may sit the exam again. */
export function retakeDate(takenOn: string): string {
  return addDays(takenOn, RETAKE_WAIT_DAYS);
}

/** Most attempts one user may keep (the dashboard reads them all in its one statement). */
export const MAX_ATTEMPTS = 500;

export interface AttemptDomain {
  /** Qualified by the attempt's exam version ("dva-c02-d3"). */
  domainId: string;
  /** Practice: 0–100 (given, or correct ÷ total). */
  percent: number | null;
  correct: number | null;
  total: number | null;
  /** Official: true = "meets competencies", false = "needs improvement", null = not reported. */
  meets: boolean | null;
}

export interface Attempt {
  id: string;
  cert: CertId;
  /** The exam version that applied on `takenOn` ("DVA-C02"). */
  examCode: string;
  kind: AttemptKind;
  /** "YYYY-MM-DD", in the user's time zone. */
  takenOn: string;
  /** When it was logged (ISO): orders attempts of the same day. */
  createdAt: string;
  source: PracticeSource | null;
  sourceName: string | null;
  mode: PracticeMode | null;
  questions: number | null;
  correct: number | null;
  /** Practice: 0–100. */
  percent: number | null;
  /** Official: 100–1000. */
  scaledScore: number | null;
  passed: boolean | null;
  domains: AttemptDomain[];
}

/** Oldest first: by day, then by when it was logged, then by id (a stable order for equal times). */
export function compareAttempts(
  a: Pick<Attempt, "takenOn" | "createdAt" | "id">,
  b: Pick<Attempt, "takenOn" | "createdAt" | "id">,
) {
  if (a.takenOn !== b.takenOn) return a.takenOn < b.takenOn ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A score for display: whole numbers as they are, others with one decimal ("69.2"). */
export function formatScore(percent: number): string {
  const rounded = Math.round(percent * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
