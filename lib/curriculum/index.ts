import { certifications } from "./certifications";
import { items } from "./items";
import { itemIdRenames } from "./renames";
import { CERT_IDS, type CertId, type ExamFacts, type ExamVersion, type Item } from "./types";
import { applicableVersion, itemsOfVersion, newestVersion } from "./versions";

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
export { applicableVersion, newestVersion, previousVersion, versionNotice } from "./versions";

/** Item id → item. */
export const itemIndex: ReadonlyMap<string, Item> = new Map(items.map((item) => [item.id, item]));

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

/** Every item for an exam (its own plus shared ones), in path order. */
export function itemsForCert(cert: CertId): Item[] {
  return items.filter((item) => item.certs.includes(cert));
}

/**
 * The exam facts of the newest announced version: what someone choosing an exam
 * today is heading for (public pages). A candidate's own plan uses applicableVersion().
 */
export function newestExam(cert: CertId): ExamFacts {
  return newestVersion(certifications[cert]).exam;
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
