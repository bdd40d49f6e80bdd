/**
 * Curriculum lookups that only tests need: which items a step or a tip group holds, read straight
 * from the data (lib/curriculum/items.ts), independently of the app's progress functions.
 */
import { items, tipGroups } from "../../lib/curriculum";
import type { CertId, ExamDomain, ExamVersion, Item, StepId, TipGroupId } from "../../lib/curriculum/types";

/** An exam's items in one learning step, in path order. */
export function itemsByStep(cert: CertId, step: StepId): Item[] {
  return items.filter(
    (item) => item.section.kind === "step" && item.section.step === step && item.certs.includes(cert),
  );
}

/** An exam's study-tip items in tip-group order, path order within a group (optionally one group). */
export function tipItems(cert: CertId, group?: TipGroupId): Item[] {
  const groupOrder = tipGroups.map((g) => g.id);
  const rank = (item: Item) => (item.section.kind === "tip" ? groupOrder.indexOf(item.section.group) : -1);
  return items
    .map((item, pathIndex) => ({ item, pathIndex }))
    .filter(
      ({ item }) =>
        item.section.kind === "tip" &&
        item.certs.includes(cert) &&
        (group === undefined || item.section.group === group),
    )
    .sort((a, b) => rank(a.item) - rank(b.item) || a.pathIndex - b.pathIndex)
    .map(({ item }) => item);
}

/** A made-up exam version with an associate exam's shape, for tests of code that reads versions. */
export function fakeExamVersion(cert: CertId, code: string, domains: ExamDomain[] = []): ExamVersion {
  return {
    cert,
    firstExamDate: null,
    lastExamDate: null,
    exam: {
      code,
      version: code.slice(-3),
      questions: 65,
      scoredQuestions: 50,
      unscoredQuestions: 15,
      minutes: 130,
      scoreMin: 100,
      scoreMax: 1000,
      passingScore: 720,
      questionTypes: ["Multiple choice"],
      examGuide: { title: "Guide", url: "https://docs.aws.amazon.com/" },
    },
    domains,
    source: { title: "Source", url: "https://docs.aws.amazon.com/" },
  };
}
