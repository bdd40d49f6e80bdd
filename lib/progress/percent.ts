import type { Item, StepId } from "../curriculum/types";
import { displayPercent, statusOf, uniqueById, type StatusMap } from "./status";

export interface Progress {
  /** Items in the set (duplicate ids counted once). */
  total: number;
  done: number;
  skipped: number;
  inProgress: number;
  /** `total − skipped`: the items the percentage is taken over. */
  counted: number;
  /** See {@link stepProgress} for the definition. */
  percent: number;
}

/**
 * Completion of a set of items (a learning step, an exam, a tip group, …).
 *
 * Definition: `percent = done ÷ (total − skipped)`, as a whole number 0..100.
 * Skipped items leave the denominator: skipping says "this doesn't apply to
 * me", so it neither helps nor hurts. The value is rounded to the nearest
 * integer, but it is 100 only when every counted item is done and 0 only when
 * none is (so 199/200 → 99, 1/500 → 1).
 *
 * When nothing is counted (no items, or every item skipped) `counted` is 0 and
 * `percent` is 0; the caller should show "nothing left to count" rather than
 * "0%".
 */
export function stepProgress(items: readonly Pick<Item, "id">[], statuses: StatusMap): Progress {
  let done = 0;
  let skipped = 0;
  let inProgress = 0;
  const unique = uniqueById(items);
  for (const item of unique) {
    const status = statusOf(statuses, item.id);
    if (status === "done") done += 1;
    else if (status === "skipped") skipped += 1;
    else if (status === "in_progress") inProgress += 1;
  }
  const total = unique.length;
  const counted = total - skipped;
  const percent = displayPercent(done, counted);
  return { total, done, skipped, inProgress, counted, percent };
}

/** The items of one learning step, in the order given. */
export function itemsOfStep<T extends Pick<Item, "section">>(items: readonly T[], step: StepId): T[] {
  return items.filter((item) => item.section.kind === "step" && item.section.step === step);
}
