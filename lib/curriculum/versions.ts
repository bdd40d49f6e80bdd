import type { Certification, ExamVersion, Item } from "./types";

/**
 * Which exam version applies, from dated data. Pure: "today" is always an
 * argument (a "YYYY-MM-DD" day in the user's time zone, from lib/clock), so
 * tests can stand on either side of a cut-over. Days compare as strings.
 */

/** Whether `day` falls within the version's first and last exam date (open ends included). */
export function containsDay(version: ExamVersion, day: string): boolean {
  return (
    (version.firstExamDate === null || version.firstExamDate <= day) &&
    (version.lastExamDate === null || day <= version.lastExamDate)
  );
}

/**
 * The version in use on `day`. Versions follow each other without gap (the
 * schema checks it), so there is always one; a day before the oldest tracked
 * version gets the oldest, a day after a closed newest version gets the newest.
 */
export function versionOnDay(certification: Certification, day: string): ExamVersion {
  const { versions } = certification;
  const found = versions.find((version) => containsDay(version, day));
  if (found) return found;
  const oldest = versions[0];
  const newest = versions[versions.length - 1];
  if (!oldest || !newest) throw new Error(`${certification.id} has no exam versions`);
  return oldest.firstExamDate !== null && day < oldest.firstExamDate ? oldest : newest;
}

/**
 * The version a candidate follows: the one whose dates contain their exam
 * date; without an exam date, the one in use today.
 */
export function applicableVersion(
  certification: Certification,
  examDate: string | null,
  today: string,
): ExamVersion {
  return versionOnDay(certification, examDate ?? today);
}

/** The newest version AWS has announced (what a candidate booking now is heading for). */
export function newestVersion(certification: Certification): ExamVersion {
  const newest = certification.versions[certification.versions.length - 1];
  if (!newest) throw new Error(`${certification.id} has no exam versions`);
  return newest;
}

/** The version before this one, if we track it. */
export function previousVersion(certification: Certification, version: ExamVersion): ExamVersion | undefined {
  const index = certification.versions.indexOf(version);
  return index > 0 ? certification.versions[index - 1] : undefined;
}

/** Whether an item is part of this version's plan (its exam, and the version if the item names any). */
export function belongsToVersion(item: Item, version: ExamVersion): boolean {
  return item.certs.includes(version.cert) && (!item.versions || item.versions.includes(version.exam.code));
}

/** A version's items, in the order given (path order for the curriculum's list). */
export function itemsOfVersion(items: readonly Item[], version: ExamVersion): Item[] {
  return items.filter((item) => belongsToVersion(item, version));
}

/** The notice that tells a candidate their exam moved to a new version. */
export interface VersionNotice {
  /** Stored when dismissed: "version-change:DVA-C03". */
  id: string;
  code: string;
  previousCode: string;
  /** First exam day of the new version, "YYYY-MM-DD". */
  since: string;
  /** Items the new version added to the plan (they start as to do). */
  newTopics: number;
  /** The new version's domain weights, in domain order. */
  weights: number[];
}

export function versionNoticeId(code: string): string {
  return `version-change:${code}`;
}

/**
 * A notice for a candidate who enrolled before the version they now follow
 * started (their plan was made for the one before), until they dismiss it.
 * `enrolledOn` is the local day they added the exam.
 */
export function versionNotice(
  certification: Certification,
  version: ExamVersion,
  enrolledOn: string,
  dismissed: ReadonlySet<string>,
  items: readonly Item[],
): VersionNotice | null {
  const previous = previousVersion(certification, version);
  if (!previous || version.firstExamDate === null) return null;
  if (enrolledOn >= version.firstExamDate) return null;
  const id = versionNoticeId(version.exam.code);
  if (dismissed.has(id)) return null;
  const code = version.exam.code;
  return {
    id,
    code,
    previousCode: previous.exam.code,
    since: version.firstExamDate,
    newTopics: items.filter(
      (item) => item.versions?.includes(code) && !item.versions.includes(previous.exam.code),
    ).length,
    weights: version.domains.map((domain) => domain.weight),
  };
}
