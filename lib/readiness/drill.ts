import type { Item, ItemStatus } from "../curriculum/types";
import type { StatusMap } from "../progress/status";

/** Why an item is on the drill list. */
export type DrillReason =
  /** Not done (to do, in progress or skipped). */
  | { kind: "not-done"; status: Exclude<ItemStatus, "done"> }
  /** Done, but before the domain's last weak result: worth a second look. */
  | { kind: "done-before"; doneOn: string; weakOn: string };

export interface DrillItem {
  id: string;
  title: string;
  reason: DrillReason;
}

export interface DrillDomain {
  /** A domain id of the version followed, or of an older version kept apart (ADR 027). */
  id: string;
  title: string;
  /** The last day the domain scored under the line or was marked "needs improvement". */
  lastWeakOn: string | null;
  items: DrillItem[];
  /** Items to revisit beyond the first `limit`. */
  more: number;
}

/** How many items a drill list shows per domain before "and N more". */
const DRILL_LIMIT = 8;

/**
 * The items to revisit for each weak domain: the plan's items in that domain
 * (path order) that are not done, or were done before the domain's last weak
 * result (strictly before that day: an item done on the day of the result counts
 * as revisited). `doneOn` holds, for done items, the local day they were marked done.
 */
export function drillList(
  domains: readonly { id: string; title: string; lastWeakOn: string | null }[],
  planItems: readonly Item[],
  statuses: StatusMap,
  doneOn: ReadonlyMap<string, string>,
  limit = DRILL_LIMIT,
): DrillDomain[] {
  return domains.map((domain) => {
    const due: DrillItem[] = [];
    const seen = new Set<string>();
    for (const item of planItems) {
      if (seen.has(item.id) || !item.domains.includes(domain.id)) continue;
      seen.add(item.id);
      const status = statuses.get(item.id) ?? "todo";
      if (status !== "done") {
        due.push({ id: item.id, title: item.title, reason: { kind: "not-done", status } });
        continue;
      }
      const day = doneOn.get(item.id);
      if (domain.lastWeakOn !== null && day !== undefined && day < domain.lastWeakOn) {
        due.push({
          id: item.id,
          title: item.title,
          reason: { kind: "done-before", doneOn: day, weakOn: domain.lastWeakOn },
        });
      }
    }
    return {
      id: domain.id,
      title: domain.title,
      lastWeakOn: domain.lastWeakOn,
      items: due.slice(0, limit),
      more: Math.max(0, due.length - limit),
    };
  });
}
