import { certifications } from "./certifications";
import { items } from "./items";
import { itemIdRenames } from "./renames";
import {
  CERT_IDS,
  type CertId,
  type Certification,
  type ExamFacts,
  type ExamVersion,
  type Item,
  type StepId,
  type TipGroupId,
} from "./types";
import { applicableVersion, itemsOfVersion, newestVersion } from "./versions";
import { tipGroups } from "./path";

export * from "./types";
export { certifications } from "./certifications";
export {
  steps,
  tipGroups,
  skillAreas,
  certificationLevels,
  bothStrategy,
  difficultyByBackground,
  difficultyCommonGround,
} from "./path";
export { items } from "./items";
export { itemIdRenames } from "./renames";
export { knownItemIds } from "./known-ids";
export {
  applicableVersion,
  belongsToVersion,
  containsDay,
  itemsOfVersion,
  newestVersion,
  previousVersion,
  versionNotice,
  versionNoticeId,
  versionOnDay,
  versionStatus,
  type VersionNotice,
  type VersionStatus,
} from "./versions";

/** Item id → item. */
export const itemIndex: ReadonlyMap<string, Item> = new Map(items.map((item) => [item.id, item]));

/** Item id → its position (0-based) in learning-path order. */
export const pathOrder: ReadonlyMap<string, number> = new Map(items.map((item, index) => [item.id, index]));

export function isCertId(value: unknown): value is CertId {
  return typeof value === "string" && (CERT_IDS as readonly string[]).includes(value);
}

/** The item with this id; a renamed (old) id resolves to its current item. */
export function getItem(id: string): Item | undefined {
  return itemIndex.get(id) ?? resolveRename(id);
}

function resolveRename(id: string): Item | undefined {
  let current = id;
  const seen = new Set<string>();
  while (!itemIndex.has(current)) {
    const next = itemIdRenames[current];
    if (next === undefined || seen.has(next)) return undefined;
    seen.add(current);
    current = next;
  }
  return itemIndex.get(current);
}

/** Both exams count this item: one tick, two exams. */
export function isShared(item: Item): boolean {
  return CERT_IDS.every((cert) => item.certs.includes(cert));
}

/** Every item for an exam in any of its versions (its own plus shared ones), in path order. */
export function itemsForCert(cert: CertId): Item[] {
  return items.filter((item) => item.certs.includes(cert));
}

/** An exam's items in one learning step, in path order. */
export function itemsByStep(cert: CertId, step: StepId): Item[] {
  return items.filter(
    (item) => item.section.kind === "step" && item.section.step === step && item.certs.includes(cert),
  );
}

/** An exam's study-tip items, grouped in tip-group order (optionally one group only). */
export function tipItems(cert: CertId, group?: TipGroupId): Item[] {
  const order = new Map(tipGroups.map((g, index) => [g.id, index]));
  return items
    .filter(
      (item) =>
        item.section.kind === "tip" &&
        item.certs.includes(cert) &&
        (group === undefined || item.section.group === group),
    )
    .sort((a, b) => groupRank(a, order) - groupRank(b, order) || pathRank(a) - pathRank(b));
}

function groupRank(item: Item, order: ReadonlyMap<TipGroupId, number>): number {
  return item.section.kind === "tip" ? (order.get(item.section.group) ?? Number.MAX_SAFE_INTEGER) : -1;
}

function pathRank(item: Item): number {
  return pathOrder.get(item.id) ?? Number.MAX_SAFE_INTEGER;
}

/** The certification record for an exam. */
export function getCertification(cert: CertId): Certification {
  return certifications[cert];
}

/**
 * The exam facts of the newest announced version: what someone choosing an exam
 * today is heading for (public pages). A candidate's own plan uses applicableVersion().
 */
export function newestExam(cert: CertId): ExamFacts {
  return newestVersion(certifications[cert]).exam;
}

/** The exam version with this code ("DVA-C03"), of either certification. */
export function getExamVersion(code: string): ExamVersion | undefined {
  for (const cert of CERT_IDS) {
    const version = certifications[cert].versions.find((v) => v.exam.code === code);
    if (version) return version;
  }
  return undefined;
}

/** The version each exam of a plan follows: by its exam date, else the one in use `today`. */
export function versionsForPlan(
  enrollments: readonly { cert: CertId; targetDate: string | null }[],
  today: string,
): ExamVersion[] {
  return enrollments.map((e) => applicableVersion(certifications[e.cert], e.targetDate, today));
}

/** A version's items (its exam's own, shared ones, and those added for that version), in path order. */
export function itemsForVersion(version: ExamVersion): Item[] {
  return itemsOfVersion(items, version);
}
