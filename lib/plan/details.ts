import type { Certification, DocLink, ExamVersion, Item, TaskStatement } from "../curriculum/types";

/**
 * The plan's item details (ADR 038): what a row shows only once its Details open, and what the search
 * reads besides the titles. The page sends each row only what it needs before that (`PlanItem`); the
 * details of a whole exam version come from `GET /api/curriculum/<cert>/<version>`, static JSON
 * built from the curriculum. This module imports no curriculum data, so the browser can use its
 * types and `detailsPath` without the curriculum entering its bundle.
 */

export interface ItemDetails {
  summary: string;
  services: string[];
  /** Estimated minutes of study. */
  minutes: number;
  links: DocLink[];
  /** The item's task statements of this version, with their titles, in the item's order. */
  taskStatements: TaskStatement[];
}

export interface PlanDetails {
  /** The exam version's code, "SAA-C03". */
  code: string;
  /** Item id → its details, for every item of the version's plan. */
  items: Record<string, ItemDetails>;
}

/** The URL segment of an exam version: its code in lower case, "saa-c03". */
export function versionSlug(code: string): string {
  return code.toLowerCase();
}

/** Where the browser reads a version's details. */
export function detailsPath(cert: string, code: string): string {
  return `/api/curriculum/${encodeURIComponent(cert)}/${encodeURIComponent(versionSlug(code))}`;
}

/**
 * The version that a cert and a version slug name, or undefined when either is unknown. Exact
 * matches only: "SAA-C03" or "saa-c03 " name nothing, so each version has one URL.
 */
export function findVersion(
  certifications: Readonly<Record<string, Certification>>,
  cert: string,
  slug: string,
): ExamVersion | undefined {
  if (!Object.hasOwn(certifications, cert)) return undefined;
  return certifications[cert]?.versions.find((version) => versionSlug(version.exam.code) === slug);
}

/** Every cert and version slug there is: the route's static params. */
export function detailsParams(
  certifications: Readonly<Record<string, Certification>>,
): { cert: string; version: string }[] {
  return Object.values(certifications).flatMap((certification) =>
    certification.versions.map((version) => ({
      cert: certification.id,
      version: versionSlug(version.exam.code),
    })),
  );
}

/**
 * The details of a version's items (`items` already picked for the version, in path order). Task
 * statements of other versions are dropped and the rest get their titles; an id the version does
 * not know is left out rather than shown without a title.
 */
export function planDetails(version: ExamVersion, items: readonly Item[]): PlanDetails {
  const titles = new Map(
    version.domains.flatMap((domain) => domain.taskStatements.map((task) => [task.id, task.title] as const)),
  );
  const details: Record<string, ItemDetails> = {};
  for (const item of items) {
    details[item.id] = {
      summary: item.summary,
      services: item.services,
      minutes: item.minutes,
      links: item.links,
      taskStatements: item.taskStatements.flatMap((id) => {
        const title = titles.get(id);
        return title === undefined ? [] : [{ id, title }];
      }),
    };
  }
  return { code: version.exam.code, items: details };
}
