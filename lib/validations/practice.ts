import { z } from "zod";

import { certifications } from "@/lib/curriculum/certifications";
import { CERT_IDS, type CertId } from "@/lib/curriculum/types";
import { versionOnDay } from "@/lib/curriculum/versions";
import { isDayKey } from "@/lib/progress/days";
import { overallScore, parseDomainScore, parsePercent, roundPercent } from "@/lib/readiness/scores";
import {
  ATTEMPT_KINDS,
  PRACTICE_MODES,
  PRACTICE_SOURCES,
  type AttemptKind,
  type PracticeMode,
  type PracticeSource,
} from "@/lib/readiness/types";

import { certIdSchema } from "./plan";

/**
 * A practice attempt or real exam result, from the /practice form (strings as
 * typed) and from an imported progress file (numbers), both turned into one
 * `AttemptRecord`. The version is never taken from the form: it is the one in use
 * on the attempt's date (versionOnDay), and per-domain scores must name its domains.
 * "Not in the future" needs the user's today, so the action checks it.
 */

export const NOTES_MAX = 2_000;
const SOURCE_NAME_MAX = 80;
/** Older than this is a typing slip (SAA-C03 and DVA-C02 came out in 2022 and 2023). */
const EARLIEST_ATTEMPT_DAY = "2020-01-01";

export interface AttemptDomainRecord {
  domainId: string;
  percent: number | null;
  correct: number | null;
  total: number | null;
  meets: boolean | null;
}

/** What is stored for one attempt (without owner and id). */
export interface AttemptRecord {
  kind: AttemptKind;
  cert: CertId;
  /** The exam version in use on `takenOn`. */
  examCode: string;
  takenOn: string;
  source: PracticeSource | null;
  sourceName: string | null;
  mode: PracticeMode | null;
  questions: number | null;
  correct: number | null;
  percent: number | null;
  scaledScore: number | null;
  passed: boolean | null;
  notes: string;
  domains: AttemptDomainRecord[];
}

const DOMAIN_RESULTS = ["", "meets", "needs-improvement"] as const;
export type DomainResult = (typeof DOMAIN_RESULTS)[number];

/** Field names of per-domain inputs, so errors sit next to the right field. */
const domainScoreField = (domainId: string) => `domain:${domainId}`;

const optionalText = (max: number, message: string) =>
  z.string({ error: message }).trim().max(max, message).optional().default("");

const domainIdKey = z
  .string()
  .max(40)
  .regex(/^[a-z]{3}-c\d{2}-d\d{1,2}$/, "Unknown domain.");

/** Whole numbers typed into a field: "" is none. */
function wholeNumber(text: string): number | null | "invalid" {
  if (text === "") return null;
  if (!/^\d{1,6}$/.test(text)) return "invalid";
  return Number(text);
}

const formShape = z.object({
  kind: z.enum(ATTEMPT_KINDS, { error: "Choose a practice exam or the real exam." }),
  cert: certIdSchema,
  date: z
    .string({ error: "Date is required." })
    .trim()
    .min(1, "Date is required.")
    .max(10, "Enter a date like 2026-12-03.")
    .refine(isDayKey, "Enter a date like 2026-12-03.")
    .refine((day) => day >= EARLIEST_ATTEMPT_DAY, "Enter a date from 1 Jan 2020 on."),
  source: z
    .union([z.enum(PRACTICE_SOURCES), z.literal("")])
    .optional()
    .default(""),
  sourceName: optionalText(SOURCE_NAME_MAX, `Use at most ${SOURCE_NAME_MAX} characters.`),
  mode: z
    .union([z.enum(PRACTICE_MODES), z.literal("")])
    .optional()
    .default(""),
  questions: optionalText(10, "Enter a whole number of questions."),
  correct: optionalText(10, "Enter a whole number of correct answers."),
  percent: optionalText(10, "Enter a percent from 0 to 100."),
  domainScores: z.record(domainIdKey, z.string().max(20, "Too long.")).optional().default({}),
  scaledScore: optionalText(10, "Enter the scaled score, 100 to 1000."),
  result: z
    .union([z.enum(["pass", "fail"]), z.literal("")])
    .optional()
    .default(""),
  domainResults: z
    .record(domainIdKey, z.enum(DOMAIN_RESULTS, { error: "Choose meets competencies or needs improvement." }))
    .optional()
    .default({}),
  notes: z
    .string({ error: "Notes must be text." })
    .max(NOTES_MAX, `Notes can be up to ${NOTES_MAX.toLocaleString("en")} characters.`)
    .optional()
    .default(""),
});

type FormInput = z.infer<typeof formShape>;

/** Every rule of a form submission; returns the record, or adds issues with the field as path. */
function toRecord(input: FormInput, ctx: z.RefinementCtx): AttemptRecord | typeof z.NEVER {
  const issue = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
  const version = versionOnDay(certifications[input.cert], input.date);
  const known = new Set(version.domains.map((d) => d.id));
  const notes = input.notes.replace(/\r\n/g, "\n");
  let failed = false;
  const fail = (field: string, message: string) => {
    failed = true;
    issue(field, message);
  };

  const stray = (ids: string[]) => ids.filter((id) => !known.has(id));
  const strayIds = [
    ...stray(Object.keys(input.domainScores).filter((id) => input.domainScores[id]?.trim())),
    ...stray(Object.keys(input.domainResults).filter((id) => input.domainResults[id])),
  ];
  if (strayIds.length > 0) {
    fail(
      "date",
      `On this date the exam is ${version.exam.code}: its domains are not the ones sent. Reload the page and try again.`,
    );
  }

  if (input.kind === "practice") {
    if (!input.source) fail("source", "Choose where the questions came from.");
    if (input.source === "other" && !input.sourceName) fail("sourceName", "Name the source.");
    if (!input.mode) fail("mode", "Choose how you took it.");
    const questions = wholeNumber(input.questions);
    const correct = wholeNumber(input.correct);
    const typedPercent = input.percent === "" ? null : parsePercent(input.percent);
    if (questions === "invalid" || (questions !== null && (questions < 1 || questions > 1000))) {
      fail("questions", "Enter a whole number of questions from 1 to 1,000.");
    }
    if (correct === "invalid" || (correct !== null && correct > 1000)) {
      fail("correct", "Enter a whole number of correct answers.");
    }
    if (input.percent !== "" && typedPercent === null) fail("percent", "Enter a percent from 0 to 100.");
    const domains: AttemptDomainRecord[] = [];
    for (const domain of version.domains) {
      const parsed = parseDomainScore(input.domainScores[domain.id] ?? "");
      if (!parsed.ok) fail(domainScoreField(domain.id), parsed.message);
      else if (parsed.value) domains.push({ domainId: domain.id, ...parsed.value, meets: null });
    }
    if (failed) return z.NEVER;
    const score = overallScore({
      questions: questions as number | null,
      correct: correct as number | null,
      percent: typedPercent,
    });
    if (!score.ok) {
      issue(score.field, score.message);
      return z.NEVER;
    }
    return {
      kind: "practice",
      cert: input.cert,
      examCode: version.exam.code,
      takenOn: input.date,
      source: input.source || null,
      sourceName: input.source === "other" ? input.sourceName : null,
      mode: input.mode || null,
      questions: score.questions,
      correct: score.correct,
      percent: score.percent,
      scaledScore: null,
      passed: null,
      notes,
      domains,
    };
  }

  const scaled = wholeNumber(input.scaledScore);
  if (scaled === null)
    fail("scaledScore", "Scaled score is required: enter the one on your score report, 100 to 1000.");
  else if (scaled === "invalid" || scaled < 100 || scaled > 1000) {
    fail("scaledScore", "Enter a whole number from 100 to 1000.");
  }
  if (!input.result) fail("result", "Choose pass or fail.");
  if (failed) return z.NEVER;
  const score = scaled as number;
  const passing = version.exam.passingScore;
  if (input.result === "pass" && score < passing) {
    issue("result", `${score} is under ${passing}, the passing score: that is a fail.`);
    return z.NEVER;
  }
  if (input.result === "fail" && score >= passing) {
    issue("result", `${score} is at least ${passing}, the passing score: that is a pass.`);
    return z.NEVER;
  }
  return {
    kind: "official",
    cert: input.cert,
    examCode: version.exam.code,
    takenOn: input.date,
    source: null,
    sourceName: null,
    mode: null,
    questions: null,
    correct: null,
    percent: null,
    scaledScore: score,
    passed: input.result === "pass",
    notes,
    domains: version.domains
      .filter((domain) => input.domainResults[domain.id])
      .map((domain) => ({
        domainId: domain.id,
        percent: null,
        correct: null,
        total: null,
        meets: input.domainResults[domain.id] === "meets",
      })),
  };
}

/** The /practice form (every field a string, as typed): a new attempt, or with `id` an edit of one's own. */
export const saveAttemptSchema = formShape
  .extend({ id: z.uuid({ error: "Unknown attempt." }).optional() })
  .transform((input, ctx) => ({ id: input.id, record: toRecord(input, ctx) as AttemptRecord }));

export const deleteAttemptSchema = z.object({ id: z.uuid({ error: "Unknown attempt." }) });

/** One attempt as written in a progress export (`attempts`), with numbers as numbers. */
export const attemptFileSchema = z
  .object({
    exam: z.enum(CERT_IDS, { error: "names an unknown exam" }),
    version: z.string().regex(/^[A-Z]{3}-C\d{2}$/, "names an unknown exam version"),
    kind: z.enum(ATTEMPT_KINDS, { error: "has an unknown kind of attempt" }),
    date: z.string().refine(isDayKey, "has a date that is not YYYY-MM-DD"),
    source: z.enum(PRACTICE_SOURCES, { error: "has an unknown source" }).nullable().optional(),
    sourceName: z.string().max(SOURCE_NAME_MAX, "has a source name that is too long").nullable().optional(),
    mode: z.enum(PRACTICE_MODES, { error: "has an unknown mode" }).nullable().optional(),
    questions: z.number().int().min(1).max(1000).nullable().optional(),
    correct: z.number().int().min(0).max(1000).nullable().optional(),
    percent: z
      .number()
      .min(0, "has a percent under 0")
      .max(100, "has a percent over 100")
      .nullable()
      .optional(),
    scaledScore: z
      .number()
      .int()
      .min(100, "has a scaled score under 100")
      .max(1000, "has a scaled score over 1000")
      .nullable()
      .optional(),
    passed: z.boolean().nullable().optional(),
    domains: z
      .array(
        z.object({
          domain: z.string().max(40),
          percent: z.number().min(0).max(100).nullable().optional(),
          correct: z.number().int().min(0).max(1000).nullable().optional(),
          total: z.number().int().min(1).max(1000).nullable().optional(),
          result: z.enum(["meets", "needs-improvement"]).nullable().optional(),
        }),
      )
      .max(10, "lists too many domains")
      .optional()
      .default([]),
    notes: z.string().max(NOTES_MAX, "has notes over 2,000 characters").optional().default(""),
  })
  .transform((a, ctx): AttemptRecord | typeof z.NEVER => {
    const problem = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    const version = certifications[a.exam].versions.find((v) => v.exam.code === a.version);
    if (!version) return problem(`names ${a.version}, which is not a version of that exam`);
    const known = new Set(version.domains.map((d) => d.id));
    const domains: AttemptDomainRecord[] = [];
    for (const d of a.domains) {
      if (!known.has(d.domain)) return problem(`names a domain that is not part of ${a.version}`);
      if (domains.some((x) => x.domainId === d.domain)) return problem("lists a domain twice");
      if (d.correct != null && d.total != null && d.correct > d.total) {
        return problem("has more correct answers than questions in a domain");
      }
      const fromCount =
        d.correct != null && d.total != null ? roundPercent((d.correct / d.total) * 100) : null;
      domains.push({
        domainId: d.domain,
        percent: a.kind === "practice" ? (d.percent ?? fromCount) : null,
        correct: a.kind === "practice" ? (d.correct ?? null) : null,
        total: a.kind === "practice" ? (d.total ?? null) : null,
        meets: a.kind === "official" && d.result ? d.result === "meets" : null,
      });
    }
    if (a.kind === "practice") {
      if (a.percent == null || !a.source || !a.mode)
        return problem("has a practice attempt without score, source or mode");
      if (a.questions != null && a.correct != null && a.correct > a.questions) {
        return problem("has more correct answers than questions");
      }
    } else if (a.scaledScore == null || a.passed == null) {
      return problem("has an exam result without scaled score or pass/fail");
    }
    return {
      kind: a.kind,
      cert: a.exam,
      examCode: a.version,
      takenOn: a.date,
      source: a.kind === "practice" ? (a.source ?? null) : null,
      sourceName: a.kind === "practice" && a.source === "other" ? (a.sourceName ?? null) : null,
      mode: a.kind === "practice" ? (a.mode ?? null) : null,
      questions: a.kind === "practice" ? (a.questions ?? null) : null,
      correct: a.kind === "practice" ? (a.correct ?? null) : null,
      percent: a.kind === "practice" ? a.percent! : null,
      scaledScore: a.kind === "official" ? a.scaledScore! : null,
      passed: a.kind === "official" ? a.passed! : null,
      notes: a.notes.replace(/\r\n/g, "\n"),
      domains,
    };
  });
