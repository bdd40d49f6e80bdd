import type { Certification, ExamDomain, ExamVersion } from "../curriculum/types";

/**
 * Domains across exam versions (ADR 027). A score for a domain of one version
 * counts for a domain of another version only when the two have the same title
 * (DVA-C02's "Security" is DVA-C03's "Security"); otherwise it is kept apart
 * and the page says so (DVA-C02's "Deployment" is not DVA-C03's "Testing and
 * Deployment", which also holds testing). Weights may differ: the title says
 * what is tested, the weight how much.
 */

function normalise(title: string): string {
  return title.trim().toLowerCase().replace(/&/g, "and").replace(/\s+/g, " ");
}

/** The version of `certification` a domain id belongs to, and the domain. */
export function findDomain(
  certification: Certification,
  domainId: string,
): { version: ExamVersion; domain: ExamDomain } | null {
  for (const version of certification.versions) {
    const domain = version.domains.find((d) => d.id === domainId);
    if (domain) return { version, domain };
  }
  return null;
}

/**
 * The domain of `target` that a score for `domainId` counts for: itself when it
 * is one of the target's, the target's domain of the same title when it comes
 * from another version, null when the target has no domain of that title (or
 * the id is unknown).
 */
export function mapDomain(
  certification: Certification,
  domainId: string,
  target: ExamVersion,
): string | null {
  if (target.domains.some((d) => d.id === domainId)) return domainId;
  const found = findDomain(certification, domainId);
  if (!found || found.version.cert !== target.cert) return null;
  const title = normalise(found.domain.title);
  return target.domains.find((d) => normalise(d.title) === title)?.id ?? null;
}

/** A domain of another version that has no namesake in the target version. */
export interface ApartDomain {
  id: string;
  title: string;
  /** Its exam version ("DVA-C02"). */
  code: string;
}

/**
 * How the domains of every other version of the exam relate to `target`:
 * which are counted under a target domain, which are kept apart.
 */
export function versionMapping(
  certification: Certification,
  target: ExamVersion,
): { mapped: { from: ApartDomain; to: string }[]; apart: ApartDomain[] } {
  const mapped: { from: ApartDomain; to: string }[] = [];
  const apart: ApartDomain[] = [];
  for (const version of certification.versions) {
    if (version === target || version.exam.code === target.exam.code) continue;
    for (const domain of version.domains) {
      const from = { id: domain.id, title: domain.title, code: version.exam.code };
      const to = mapDomain(certification, domain.id, target);
      if (to) mapped.push({ from, to });
      else apart.push(from);
    }
  }
  return { mapped, apart };
}
