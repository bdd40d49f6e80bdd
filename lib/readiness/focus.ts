import { certifications as curriculumCertifications } from "../curriculum/certifications";
import type { CertId, Certification, ExamVersion } from "../curriculum/types";

import { mapDomain } from "./domains";
import { compareAttempts, type Attempt, type AttemptDomain } from "./types";

/** What focusDomainsFromResults reads of an attempt (an `Attempt` fits). */
export type ResultLike = Pick<Attempt, "id" | "cert" | "kind" | "takenOn" | "createdAt" | "passed"> & {
  domains: readonly Pick<AttemptDomain, "domainId" | "meets">[];
};

/**
 * The domains a schedule should put first (`buildSchedule({ focusDomains })`, issue #13):
 * for each exam of the plan, the domains marked "needs improvement" in the latest
 * real exam result when that result was a fail. Nothing for an exam whose latest
 * result is a pass, or without results.
 *
 * Ids are version-qualified. A domain of the version the plan follows stays as it
 * is; one from another version (a DVA-C02 score report, a plan now on DVA-C03) is
 * mapped to the plan version's domain of the same title, and kept under its own id
 * when there is none (DVA-C02's "Deployment"): items of the plan still carry the
 * older version's domain ids, so the schedule finds them either way (ADR 027).
 *
 * Order: the plan's exams in the order given, each in its version's domain order,
 * then any kept-apart ids; no duplicates. Pure.
 *
 * The schedule calls it (lib/schedule/from-plan.ts) with the user's real exam results.
 */
export function focusDomainsFromResults(
  attempts: readonly ResultLike[],
  planVersions: readonly ExamVersion[],
  certifications: Readonly<Record<CertId, Certification>> = curriculumCertifications,
): string[] {
  const out: string[] = [];
  for (const version of planVersions) {
    const certification = certifications[version.cert];
    const official = attempts
      .filter((a) => a.cert === version.cert && a.kind === "official" && a.passed !== null)
      .sort(compareAttempts);
    const latest = official[official.length - 1];
    if (!latest || latest.passed) continue;
    const weak = latest.domains.filter((d) => d.meets === false).map((d) => d.domainId);
    const mapped = new Set<string>();
    const apart: string[] = [];
    for (const id of weak) {
      const to = mapDomain(certification, id, version);
      if (to) mapped.add(to);
      else if (certification.versions.some((v) => v.domains.some((d) => d.id === id))) apart.push(id);
    }
    for (const domain of version.domains) if (mapped.has(domain.id)) out.push(domain.id);
    out.push(...apart);
  }
  return [...new Set(out)];
}
