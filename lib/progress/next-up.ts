import type { Item } from "../curriculum/types";
import { statusOf, type StatusMap } from "./status";

/**
 * The first `n` items, in the order given (pass them in learning-path order),
 * that are neither done nor skipped. Items in progress are included in their
 * path position; they are not moved to the front. `n ≤ 0` gives [].
 */
export function nextUp(items: readonly Item[], statuses: StatusMap, n = 3): Item[] {
  const limit = Math.floor(n);
  const out: Item[] = [];
  if (!(limit > 0)) return out;
  const seen = new Set<string>();
  for (const item of items) {
    if (out.length >= limit) break;
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const status = statusOf(statuses, item.id);
    if (status === "done" || status === "skipped") continue;
    out.push(item);
  }
  return out;
}
