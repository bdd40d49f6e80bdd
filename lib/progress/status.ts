import type { ItemStatus } from "../curriculum/types";

/** Item id → status. An id that is missing from the map is "todo". */
export type StatusMap = ReadonlyMap<string, ItemStatus>;

/** One entry of the append-only log of status changes. */
export interface ActivityEvent {
  itemId: string;
  from: ItemStatus;
  to: ItemStatus;
  at: Date;
}

/** A status as people read it: in exports, previews and messages. */
export const STATUS_WORDS: Readonly<Record<ItemStatus, string>> = {
  todo: "to do",
  in_progress: "in progress",
  done: "done",
  skipped: "skipped",
};

/** The status of an item; an item with no row is "todo". */
export function statusOf(statuses: StatusMap, itemId: string): ItemStatus {
  return statuses.get(itemId) ?? "todo";
}

/**
 * The items with duplicate ids dropped (first occurrence wins). The curriculum
 * should never repeat an id, but counting one twice would skew every total.
 */
export function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    out.push(item);
  }
  return out;
}

/**
 * A whole-number percentage for display: `part ÷ whole` (whole defaults to 1,
 * so a plain fraction 0..1 works too).
 *
 * Rounded to the nearest integer (halves up), except that it never shows 100
 * unless `part ≥ whole` (everything counted is done) and never shows 0 unless
 * `part` is 0 (nothing done): 199 of 200 shows 99, 1 of 500 shows 1. A zero
 * or negative `whole`, NaN, or negative `part` gives 0. The division is done
 * after scaling by 100 so that exact halves (32.5) round reliably.
 */
export function displayPercent(part: number, whole = 1): number {
  if (!(part > 0) || !(whole > 0)) return 0;
  if (part >= whole) return 100;
  const rounded = Math.round((part * 100) / whole);
  return Math.min(99, Math.max(1, rounded));
}
