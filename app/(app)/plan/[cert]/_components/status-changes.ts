import type { ItemStatus } from "@/lib/curriculum/types";

import { statusIn, type NoteRecord, type StatusRecord } from "./plan-types";

/**
 * The optimistic check-off, as pure functions of what the server confirmed and the changes the
 * user made. The changes live in React Query's mutation cache (use-plan.ts); nothing here knows
 * about React.
 */

export interface StatusChange {
  itemId: string;
  status: ItemStatus;
}

/** A change the user made and where it stands. */
export interface TrackedChange extends StatusChange {
  /** Grows with every change made (React Query's mutation id): the order the clicks came in. */
  id: number;
  state: "pending" | "saved" | "failed";
  /** For a failed change: why, in words the user can read. */
  message?: string;
}

export interface StatusFailure extends StatusChange {
  message: string;
}

export interface ChecklistState {
  /** What the checklist shows: the confirmed statuses, with the changes still on their way. */
  statuses: StatusRecord;
  /** Items whose newest change failed, in the order those changes were made. */
  failures: StatusFailure[];
}

/** `statuses` with one item set ("todo" is stored as absence). */
export function withStatus(statuses: StatusRecord, itemId: string, status: ItemStatus): StatusRecord {
  const next: Record<string, ItemStatus> = { ...statuses };
  if (status === "todo") delete next[itemId];
  else next[itemId] = status;
  return next;
}

/** `notes` with one item's note set; a blank note is no note. */
export function withNote(notes: NoteRecord, itemId: string, body: string): NoteRecord {
  const next: Record<string, string> = { ...notes };
  if (body.trim() === "") delete next[itemId];
  else next[itemId] = body;
  return next;
}

/**
 * The checklist after the user's changes, folded in click order over `confirmed` (what the
 * server holds: each saved change is written there as it succeeds).
 *
 * Server actions run one at a time in call order, so after fast repeated clicks the server ends
 * in the last-clicked state, and so must the checklist: the newest change of an item decides.
 * While it is on its way, the item shows it; once it is saved or has failed, the item shows what
 * the server confirmed, which after a failure is the last state it accepted. A failure is listed
 * only while it is the item's newest change: a newer click hides it.
 */
export function checklistState(confirmed: StatusRecord, changes: readonly TrackedChange[]): ChecklistState {
  let statuses = confirmed;
  const failures = new Map<string, StatusFailure>();
  for (const change of [...changes].sort((a, b) => a.id - b.id)) {
    const shown = change.state === "pending" ? change.status : statusIn(confirmed, change.itemId);
    if (statusIn(statuses, change.itemId) !== shown) statuses = withStatus(statuses, change.itemId, shown);
    failures.delete(change.itemId);
    if (change.state === "failed") {
      failures.set(change.itemId, {
        itemId: change.itemId,
        status: change.status,
        message: change.message ?? "",
      });
    }
  }
  return { statuses, failures: [...failures.values()] };
}
