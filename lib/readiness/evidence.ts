import type { CertId, Certification, ExamVersion } from "../curriculum/types";

import { mapDomain, versionMapping, type ApartDomain } from "./domains";
import { forecastPass, type Forecast } from "./forecast";
import {
  compareAttempts,
  PASS_PERCENT,
  retakeDate,
  type Attempt,
  type PracticeMode,
  type PracticeSource,
} from "./types";

/** A domain's evidence is the mean of its last three scores: recent, but not one lucky set. */
const EVIDENCE_WINDOW = 3;

export interface PracticePoint {
  attemptId: string;
  takenOn: string;
  percent: number;
  /** The version it was taken under ("DVA-C02"). */
  examCode: string;
  source: PracticeSource | null;
  mode: PracticeMode | null;
}

export interface DomainScore {
  takenOn: string;
  percent: number;
  examCode: string;
}

export interface DomainEvidence {
  id: string;
  title: string;
  weight: number;
  /** Practice scores counted for this domain (its own and same-titled domains of other versions), oldest first. */
  scores: DomainScore[];
  /** How many scores there are (`scores` may be trimmed for display: `trimForDisplay`). */
  scoreCount: number;
  /** Mean of the last three scores; null without any. */
  recent: number | null;
  latest: number | null;
  /** The latest score against the one before. */
  direction: "up" | "down" | "flat" | null;
  /** The last day this domain scored under 72 % or was marked "needs improvement"; null if never. */
  lastWeakOn: string | null;
  /** Marked "needs improvement" in the latest real exam, which was not passed. */
  needsImprovement: boolean;
}

/** Scores of a domain of another version with no namesake in the one followed (ADR 027). */
export interface ApartEvidence extends ApartDomain {
  scores: DomainScore[];
  scoreCount: number;
  recent: number | null;
  lastWeakOn: string | null;
  needsImprovement: boolean;
}

export interface OfficialResult {
  attemptId: string;
  takenOn: string;
  examCode: string;
  scaledScore: number;
  passed: boolean;
  /** The version's passing score (720). */
  passingScore: number;
  /** After a fail: the first day AWS lets the candidate sit the exam again (14 days later). */
  retakeFrom: string | null;
  /** Whether `retakeFrom` has come (today is on or after it). */
  retakeOpen: boolean;
  /** Domains the score report marked, by title, in the report's own version. */
  needsImprovement: ApartDomain[];
  meets: ApartDomain[];
}

export interface PracticeSummary {
  cert: CertId;
  /** The version the candidate follows now ("DVA-C03"); domains are this version's. */
  code: string;
  /** Practice attempts, oldest first (the most recent ones only after `trimForDisplay`). */
  points: PracticePoint[];
  /** How many practice attempts there are. */
  practiceCount: number;
  latest: PracticePoint | null;
  best: PracticePoint | null;
  passPercent: number;
  domains: DomainEvidence[];
  /** Domains of other versions kept apart, with their scores (only those with any evidence). */
  apart: ApartEvidence[];
  /** Versions the attempts were logged under, in the order first seen. */
  codes: string[];
  /** The domain(s) with the lowest recent evidence; empty without per-domain scores. */
  weakest: DomainEvidence[];
  /** Real exam results, newest first. */
  results: OfficialResult[];
  /** The latest real exam result when it was a fail (its weak domains stand until a later pass). */
  standingFail: OfficialResult | null;
  forecast: Forecast;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function direction(scores: readonly DomainScore[]): DomainEvidence["direction"] {
  if (scores.length < 2) return null;
  const last = scores[scores.length - 1]!.percent;
  const before = scores[scores.length - 2]!.percent;
  return last > before ? "up" : last < before ? "down" : "flat";
}

function laterDay(a: string | null, b: string): string {
  return a === null || b > a ? b : a;
}

/**
 * Everything the practice log says about one exam, for the version the candidate
 * follows (`target`). Attempts of other exams are ignored. Pure: `today` is the
 * user's local day.
 */
export function summarizePractice(
  attempts: readonly Attempt[],
  certification: Certification,
  target: ExamVersion,
  today: string,
): PracticeSummary {
  const mine = attempts.filter((a) => a.cert === certification.id).sort(compareAttempts);
  const practice = mine.filter((a) => a.kind === "practice" && a.percent !== null);
  const official = mine.filter((a) => a.kind === "official" && a.scaledScore !== null && a.passed !== null);

  const points: PracticePoint[] = practice.map((a) => ({
    attemptId: a.id,
    takenOn: a.takenOn,
    percent: a.percent!,
    examCode: a.examCode,
    source: a.source,
    mode: a.mode,
  }));
  let best: PracticePoint | null = null;
  for (const point of points) if (best === null || point.percent > best.percent) best = point;

  const codes: string[] = [];
  for (const a of mine) if (!codes.includes(a.examCode)) codes.push(a.examCode);

  // Scores per domain of the target version, and per domain of other versions kept apart.
  const { apart: apartDomains } = versionMapping(certification, target);
  const byDomain = new Map<string, { scores: DomainScore[]; lastWeakOn: string | null }>();
  const slot = (id: string) => {
    let entry = byDomain.get(id);
    if (!entry) byDomain.set(id, (entry = { scores: [], lastWeakOn: null }));
    return entry;
  };
  const apartIds = new Set(apartDomains.map((d) => d.id));
  const keyOf = (domainId: string) =>
    mapDomain(certification, domainId, target) ?? (apartIds.has(domainId) ? domainId : null);

  for (const a of practice) {
    for (const d of a.domains) {
      if (d.percent === null) continue;
      const key = keyOf(d.domainId);
      if (key === null) continue;
      const entry = slot(key);
      entry.scores.push({ takenOn: a.takenOn, percent: d.percent, examCode: a.examCode });
      if (d.percent < PASS_PERCENT) entry.lastWeakOn = laterDay(entry.lastWeakOn, a.takenOn);
    }
  }

  const passing = (code: string) =>
    certification.versions.find((v) => v.exam.code === code)?.exam.passingScore ?? 720;
  const titleOf = (domainId: string): ApartDomain => {
    for (const version of certification.versions) {
      const domain = version.domains.find((d) => d.id === domainId);
      if (domain) return { id: domain.id, title: domain.title, code: version.exam.code };
    }
    return { id: domainId, title: domainId, code: "" };
  };
  const results: OfficialResult[] = official.map((a) => {
    const passed = a.passed!;
    for (const d of a.domains) {
      if (d.meets !== false) continue;
      const key = keyOf(d.domainId);
      if (key !== null) slot(key).lastWeakOn = laterDay(slot(key).lastWeakOn, a.takenOn);
    }
    return {
      attemptId: a.id,
      takenOn: a.takenOn,
      examCode: a.examCode,
      scaledScore: a.scaledScore!,
      passed,
      passingScore: passing(a.examCode),
      retakeFrom: passed ? null : retakeDate(a.takenOn),
      retakeOpen: !passed && retakeDate(a.takenOn) <= today,
      needsImprovement: a.domains.filter((d) => d.meets === false).map((d) => titleOf(d.domainId)),
      meets: a.domains.filter((d) => d.meets === true).map((d) => titleOf(d.domainId)),
    };
  });
  const latestResult = results[results.length - 1] ?? null;
  const standingFail = latestResult && !latestResult.passed ? latestResult : null;
  const weakKeys = new Set(
    (standingFail?.needsImprovement ?? []).map((d) => keyOf(d.id)).filter((k): k is string => k !== null),
  );

  const evidenceOf = (id: string) => {
    const entry = byDomain.get(id);
    const scores = entry?.scores ?? [];
    return {
      scores,
      scoreCount: scores.length,
      recent: mean(scores.slice(-EVIDENCE_WINDOW).map((s) => s.percent)),
      lastWeakOn: entry?.lastWeakOn ?? null,
      needsImprovement: weakKeys.has(id),
    };
  };

  const domains: DomainEvidence[] = target.domains.map((domain) => {
    const evidence = evidenceOf(domain.id);
    return {
      id: domain.id,
      title: domain.title,
      weight: domain.weight,
      ...evidence,
      latest: evidence.scores[evidence.scores.length - 1]?.percent ?? null,
      direction: direction(evidence.scores),
    };
  });
  const apart: ApartEvidence[] = apartDomains
    .map((domain) => ({ ...domain, ...evidenceOf(domain.id) }))
    .filter((domain) => domain.scores.length > 0 || domain.needsImprovement);

  // The weakest by evidence: the lowest recent mean (ties kept: "weakest domains").
  const withEvidence = domains.filter((d) => d.recent !== null);
  const lowest = Math.min(...withEvidence.map((d) => d.recent!));
  const weakest = withEvidence.filter((d) => Math.abs(d.recent! - lowest) < 1e-9);

  return {
    cert: certification.id,
    code: target.exam.code,
    points,
    practiceCount: points.length,
    latest: points[points.length - 1] ?? null,
    best,
    passPercent: PASS_PERCENT,
    domains,
    apart,
    codes,
    weakest,
    results: [...results].reverse(),
    standingFail,
    forecast: forecastPass(points, today),
  };
}

/** The chart shows at most this many of the most recent attempts; older ones still count everywhere else. */
const CHART_LIMIT = 30;
/** A domain's trail shows its last few scores. */
const TRAIL_LIMIT = 5;

/**
 * The summary as the page needs it: every figure is already computed from all
 * attempts, so the chart keeps the last 30 points and each domain its last five
 * scores. Keeps what the dashboard sends to the browser small whatever the history.
 */
export function trimForDisplay(summary: PracticeSummary): PracticeSummary {
  return {
    ...summary,
    points: summary.points.slice(-CHART_LIMIT),
    domains: summary.domains.map((d) => ({ ...d, scores: d.scores.slice(-TRAIL_LIMIT) })),
    apart: summary.apart.map((d) => ({ ...d, scores: d.scores.slice(-TRAIL_LIMIT) })),
  };
}
