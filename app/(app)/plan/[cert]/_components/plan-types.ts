import type { Item, ItemStatus } from "@/lib/curriculum/types";

/**
 * What the checklist needs of an item: everything but `skills`. Built on the
 * server and passed as props, so the curriculum itself never enters the client bundle.
 */
export type PlanItem = Omit<Item, "skills">;

export function toPlanItem({ skills: _skills, ...item }: Item): PlanItem {
  return item;
}

/**
 * lib/progress takes full `Item`s but reads only ids and domains; the skill tags
 * are not sent to the browser, so they are left empty here.
 */
export function asProgressItems(items: readonly PlanItem[]): Item[] {
  return items.map((item) => ({ ...item, skills: [] }));
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
