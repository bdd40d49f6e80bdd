import { CERT_IDS, type CertId, type Item } from "../curriculum/types";
import { statusOf, uniqueById, type StatusMap } from "./status";

export interface Overlap {
  /** Shared items that are done (one tick counts for both exams). */
  sharedDone: number;
  /** Items that count for every exam in `certs`. */
  sharedTotal: number;
  /** Shared items that are skipped. */
  sharedSkipped: number;
}

/**
 * Progress on shared items: those whose `certs` include every exam in `certs`
 * (by default both exams).
 */
export function overlap(
  items: readonly Item[],
  statuses: StatusMap,
  certs: readonly CertId[] = CERT_IDS,
): Overlap {
  let sharedDone = 0;
  let sharedTotal = 0;
  let sharedSkipped = 0;
  if (certs.length === 0) return { sharedDone, sharedTotal, sharedSkipped };
  for (const item of uniqueById(items)) {
    if (!certs.every((cert) => item.certs.includes(cert))) continue;
    sharedTotal += 1;
    const status = statusOf(statuses, item.id);
    if (status === "done") sharedDone += 1;
    else if (status === "skipped") sharedSkipped += 1;
  }
  return { sharedDone, sharedTotal, sharedSkipped };
}
