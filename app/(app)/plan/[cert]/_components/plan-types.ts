import type { ExamDomain, Item, ItemStatus } from "@/lib/curriculum/types";

/**
 * What a row, the progress, readiness and the section navigator need of an item before its Details
 * open (ADR 038): built on the server and passed as props, so the curriculum itself never enters
 * the client bundle. The rest (summary, services, minutes, links, task statements) comes with the
 * details, `GET /api/curriculum/<cert>/<version>` (lib/plan/details.ts).
 */
export type PlanItem = Pick<Item, "id" | "title" | "section" | "domains">;

/** What the checklist needs of a domain: readiness and the Details' "Exam domains". */
export type PlanDomain = Pick<ExamDomain, "id" | "title" | "weight">;

/** An item as the checklist gets it, its domains cut to the version's (`domainIds`). */
export function toPlanItem({ id, title, section, domains }: Item, domainIds: ReadonlySet<string>): PlanItem {
  return { id, title, section, domains: domains.filter((domain) => domainIds.has(domain)) };
}

/** A version's domain as the checklist gets it: without the task statements (they come with the details). */
export function toPlanDomain({ id, title, weight }: ExamDomain): PlanDomain {
  return { id, title, weight };
}

export const STATUS_LABELS: Record<ItemStatus, string> = {
  todo: "To do",
  in_progress: "In progress",
  done: "Done",
  skipped: "Skipped",
};

/** Item id → status (absent = "todo"), as the plan's query holds them (plan-query.ts). */
export type StatusRecord = Readonly<Record<string, ItemStatus>>;
/** Item id → note text, as the plan's query holds them. */
export type NoteRecord = Readonly<Record<string, string>>;

export function statusIn(statuses: StatusRecord, itemId: string): ItemStatus {
  return statuses[itemId] ?? "todo";
}
