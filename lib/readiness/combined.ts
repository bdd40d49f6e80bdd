import type { Readiness } from "../progress/readiness";
import { displayPercent } from "../progress/status";

import type { DomainEvidence } from "./evidence";
import { PASS_PERCENT } from "./types";

export interface EvidenceReadinessDomain {
  id: string;
  title: string;
  weight: number;
  /** Topic coverage: share of the domain's items done, as a display percent. */
  coverage: number;
  /** Recent practice score in the domain (mean of the last three), or null: no evidence yet. */
  evidence: number | null;
  /** The domain's readiness, 0..1. */
  share: number;
  percent: number;
}

export interface EvidenceReadiness {
  /** Weighted by the official domain weights, whole number 0..100. */
  percent: number;
  domains: EvidenceReadinessDomain[];
  /** How many domains have practice evidence. */
  withEvidence: number;
  /** Lowest readiness; ties go to the higher weight, then the earlier domain. */
  weakest: EvidenceReadinessDomain | null;
}

/**
 * Readiness from coverage and evidence (ADR 026), per domain of the version followed:
 *
 * - coverage C = share of the domain's items done (lib/progress/readiness);
 * - evidence E = the recent practice score in the domain against the pass line,
 *   min(1, score ÷ 72 %): scoring 72 % or more counts in full;
 * - without evidence the domain's readiness is C, and the page says "no practice
 *   evidence yet" rather than invent a score;
 * - with evidence it is min(E, (C + E) ÷ 2): the average of both, never above the
 *   evidence (ticking every topic does not make a 50 % practice score ready).
 *
 * The exam figure weights domains by the official weights, rounded like
 * `displayPercent`, and reads 100 only when every domain is fully ready.
 */
export function evidenceReadiness(
  coverage: Readiness,
  evidence: readonly DomainEvidence[],
): EvidenceReadiness {
  const byId = new Map(evidence.map((e) => [e.id, e]));
  const domains = coverage.domains.map((domain): EvidenceReadinessDomain => {
    const recent = byId.get(domain.id)?.recent ?? null;
    const e = recent === null ? null : Math.min(1, Math.max(0, recent) / PASS_PERCENT);
    const share = e === null ? domain.share : Math.min(e, (domain.share + e) / 2);
    return {
      id: domain.id,
      title: domain.title,
      weight: domain.weight,
      coverage: domain.percent,
      evidence: recent,
      share,
      percent: displayPercent(share),
    };
  });

  let weightSum = 0;
  let weighted = 0;
  for (const d of domains) {
    const weight = Math.max(0, d.weight);
    weightSum += weight;
    weighted += weight * d.share;
  }
  const complete = domains.every((d) => d.weight <= 0 || d.share >= 1);
  const raw = displayPercent(weighted, weightSum);
  const percent = raw === 100 && !complete ? 99 : raw;

  let weakest: EvidenceReadinessDomain | null = null;
  for (const d of domains) {
    if (
      weakest === null ||
      d.share < weakest.share ||
      (d.share === weakest.share && d.weight > weakest.weight)
    ) {
      weakest = d;
    }
  }
  return { percent, domains, withEvidence: domains.filter((d) => d.evidence !== null).length, weakest };
}
