import type { ExamDomain, Item } from "../curriculum/types";
import { displayPercent, statusOf, uniqueById, type StatusMap } from "../progress/status";

import { recallOn, type CardState } from "./fsrs";

export interface ExpectedRecall {
  /** The exam day it is computed for, "YYYY-MM-DD". */
  day: string;
  /** Weighted like readiness, whole number 0..100 (see `displayPercent`). */
  percent: number;
  /** The same as a fraction 0..1. */
  share: number;
  /** Done items of the exam that have a review card. */
  cards: number;
}

/**
 * Expected recall on exam day: readiness (ADR readiness.ts: Σ weight × share of a
 * domain's items done ÷ Σ weight) where each done item counts its FSRS retrievability
 * on `day` instead of 1, from its card as it is now (no further reviews). It can only be
 * at most readiness: it is the part of what you have done that you would still
 * remember. Done items without a card (none after the migration) count 0; skipped and
 * undone items count 0, as in readiness.
 */
export function expectedRecall(
  items: readonly Item[],
  statuses: StatusMap,
  domains: readonly ExamDomain[],
  cards: ReadonlyMap<string, CardState>,
  day: string,
  timeZone: string,
): ExpectedRecall {
  const unique = uniqueById(items);
  const recall = new Map<string, number>();
  for (const item of unique) {
    if (statusOf(statuses, item.id) !== "done") continue;
    const card = cards.get(item.id);
    recall.set(item.id, card ? recallOn(card, day, timeZone) : 0);
  }

  let weightSum = 0;
  let weighted = 0;
  for (const domain of domains) {
    const weight = Math.max(0, domain.weight);
    let total = 0;
    let sum = 0;
    for (const item of unique) {
      if (!item.domains.includes(domain.id)) continue;
      total += 1;
      sum += recall.get(item.id) ?? 0;
    }
    weightSum += weight;
    if (total > 0) weighted += (weight * sum) / total;
  }
  const share = weightSum > 0 ? weighted / weightSum : 0;
  const counted = [...recall.keys()].filter((id) => cards.has(id)).length;
  // Never 100: retrievability after a day is below 1, and "100 %" would read as certain.
  const percent = Math.min(displayPercent(weighted, weightSum), share >= 1 ? 100 : 99);
  return { day, percent, share, cards: counted };
}
