import type { ExamDomain, Item } from "../curriculum/types";
import { displayPercent, statusOf, uniqueById, type StatusMap } from "./status";

export interface DomainReadiness {
  id: string;
  title: string;
  /** Percent of scored content, as in the exam guide. */
  weight: number;
  /** Items in this domain that are done. */
  done: number;
  /** Items tagged with this domain, skipped ones included. */
  total: number;
  /** `done ÷ total` as a fraction 0..1 (0 when the domain has no items). */
  share: number;
  /** `share` as a display percentage (see `displayPercent`). */
  percent: number;
}

export interface Readiness {
  /** Weighted readiness, whole number 0..100. */
  percent: number;
  /** One row per domain, in the order given. */
  domains: DomainReadiness[];
  /** Lowest share; ties go to the higher weight, then the earlier domain. Null when there are no domains. */
  weakest: DomainReadiness | null;
}

/**
 * Exam readiness: `Σ weight × share ÷ Σ weight`, where a domain's share is
 * the fraction of its items that are done.
 *
 * - An item belongs to a domain when `item.domains` contains the domain id
 *   (an item may belong to several domains; it counts in each).
 * - Skipped items stay in the denominator: skipping does not make you ready.
 * - A domain with no items has share 0 and so contributes 0.
 * - Dividing by Σ weight (100 for a real exam guide) keeps the result in
 *   0..100 even if weights don't add up to exactly 100.
 * - The result is rounded like `displayPercent`: 100 only when every domain
 *   is fully done, 0 only when nothing in any weighted domain is done.
 *
 * Pass `certification.domains` for `domains`; only items tagged with those
 * domain ids matter, so the full curriculum can be passed as `items`.
 */
export function readiness(
  items: readonly Pick<Item, "id" | "domains">[],
  statuses: StatusMap,
  domains: readonly Pick<ExamDomain, "id" | "title" | "weight">[],
): Readiness {
  const unique = uniqueById(items);
  const rows: DomainReadiness[] = domains.map((domain) => {
    let done = 0;
    let total = 0;
    for (const item of unique) {
      if (!item.domains.includes(domain.id)) continue;
      total += 1;
      if (statusOf(statuses, item.id) === "done") done += 1;
    }
    const share = total === 0 ? 0 : done / total;
    return {
      id: domain.id,
      title: domain.title,
      weight: domain.weight,
      done,
      total,
      share,
      percent: displayPercent(done, total),
    };
  });

  let weightSum = 0;
  let weighted = 0;
  for (const row of rows) {
    const weight = Math.max(0, row.weight);
    weightSum += weight;
    weighted += weight * row.share;
  }
  // Guard against floating-point sums reaching weightSum while a domain is unfinished.
  const complete = rows.every((row) => row.weight <= 0 || (row.total > 0 && row.done === row.total));
  const rawPercent = displayPercent(weighted, weightSum);
  const percent = rawPercent === 100 && !complete ? 99 : rawPercent;

  let weakest: DomainReadiness | null = null;
  for (const row of rows) {
    if (
      weakest === null ||
      row.share < weakest.share ||
      (row.share === weakest.share && row.weight > weakest.weight)
    ) {
      weakest = row;
    }
  }

  return { percent, domains: rows, weakest };
}
