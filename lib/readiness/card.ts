import type { Certification, ExamVersion, Item } from "../curriculum/types";
import type { Readiness } from "../progress/readiness";
import type { StatusMap } from "../progress/status";

import { evidenceReadiness, type EvidenceReadiness } from "./combined";
import { drillList, type DrillDomain } from "./drill";
import { summarizePractice, trimForDisplay, type PracticeSummary } from "./evidence";
import type { Attempt } from "./types";

/** One exam's practice evidence, readiness from it, and what to drill. */
export interface PracticeCard {
  cert: Certification["id"];
  /** The version followed ("DVA-C03"). */
  code: string;
  /** Trimmed for display (`trimForDisplay`): counts say how many there are in all. */
  summary: PracticeSummary;
  readiness: EvidenceReadiness;
  /** The weakest domain(s) by evidence, then those the standing failed result marked, with items to revisit. */
  drill: DrillDomain[];
}

/**
 * Everything the practice card shows for one exam. `planItems` are the items of
 * the version followed, in path order; `coverage` is that version's coverage
 * readiness (lib/progress/readiness). Pure.
 */
export function buildPracticeCard(input: {
  certification: Certification;
  version: ExamVersion;
  attempts: readonly Attempt[];
  planItems: readonly Item[];
  statuses: StatusMap;
  /** Item id → local day it was marked done (done items only). */
  doneOn: ReadonlyMap<string, string>;
  today: string;
  coverage: Readiness;
}): PracticeCard {
  const summary = summarizePractice(input.attempts, input.certification, input.version, input.today);
  const readiness = evidenceReadiness(input.coverage, summary.domains);

  const weakIds = new Set(summary.weakest.map((d) => d.id));
  const drillDomains = [
    ...summary.domains
      .filter((d) => weakIds.has(d.id) || d.needsImprovement)
      .map((d) => ({ id: d.id, title: d.title, lastWeakOn: d.lastWeakOn })),
    ...summary.apart
      .filter((d) => d.needsImprovement)
      .map((d) => ({ id: d.id, title: `${d.title} (${d.code})`, lastWeakOn: d.lastWeakOn })),
  ];
  return {
    cert: input.certification.id,
    code: input.version.exam.code,
    summary: trimForDisplay(summary),
    readiness,
    drill: drillList(drillDomains, input.planItems, input.statuses, input.doneOn),
  };
}
