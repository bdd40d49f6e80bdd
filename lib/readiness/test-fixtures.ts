/** Attempts built by hand for the readiness tests (not shipped data). */
import type { CertId } from "../curriculum/types";

import type { Attempt, AttemptDomain } from "./types";

let sequence = 0;

/** A practice attempt: `domains` maps domain id → percent. */
export function practice(
  cert: CertId,
  examCode: string,
  takenOn: string,
  percent: number,
  domains: Record<string, number> = {},
): Attempt {
  sequence += 1;
  return {
    id: `p${sequence}`,
    cert,
    examCode,
    kind: "practice",
    takenOn,
    createdAt: `${takenOn}T12:00:${String(sequence % 60).padStart(2, "0")}.000Z`,
    source: "tutorials_dojo",
    sourceName: null,
    mode: "timed_full_exam",
    questions: null,
    correct: null,
    percent,
    scaledScore: null,
    passed: null,
    domains: Object.entries(domains).map(([domainId, p]): AttemptDomain => ({
      domainId,
      percent: p,
      correct: null,
      total: null,
      meets: null,
    })),
  };
}

/** A real exam result: `domains` maps domain id → meets (true) / needs improvement (false). */
export function official(
  cert: CertId,
  examCode: string,
  takenOn: string,
  scaledScore: number,
  domains: Record<string, boolean> = {},
  passed = scaledScore >= 720,
): Attempt {
  sequence += 1;
  return {
    id: `o${sequence}`,
    cert,
    examCode,
    kind: "official",
    takenOn,
    createdAt: `${takenOn}T18:00:${String(sequence % 60).padStart(2, "0")}.000Z`,
    source: null,
    sourceName: null,
    mode: null,
    questions: null,
    correct: null,
    percent: null,
    scaledScore,
    passed,
    domains: Object.entries(domains).map(([domainId, meets]): AttemptDomain => ({
      domainId,
      percent: null,
      correct: null,
      total: null,
      meets,
    })),
  };
}
