"use client";

import { useCallback, type KeyboardEvent, type RefObject } from "react";

import type { ItemStatus } from "@/lib/curriculum/types";

import { detailsIdFor, noteIdFor } from "./checklist-item";
import { statusIn, type StatusRecord } from "./plan-types";
import type { StatusChange } from "./status-changes";

const SHORTCUT_STATUS: ReadonlyMap<string, ItemStatus> = new Map([
  ["i", "in_progress"],
  ["s", "skipped"],
  ["u", "todo"],
]);

/** Typing in these must never trigger a shortcut. */
function isTextEntry(element: HTMLElement): boolean {
  if (element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) {
    return !["checkbox", "radio", "button", "submit", "reset"].includes(element.type);
  }
  return false;
}

/** Moves focus to the next (1) or previous (−1) item's checkbox, or its Details button when read-only. */
function moveFocus(list: HTMLElement | null, row: HTMLElement, step: 1 | -1) {
  const rows = Array.from(list?.querySelectorAll<HTMLElement>("[data-plan-item]") ?? []);
  const next = rows[rows.indexOf(row) + step];
  if (!next) return;
  const checkbox = next.querySelector<HTMLInputElement>("[data-item-focus]");
  const target =
    checkbox && !checkbox.disabled ? checkbox : next.querySelector<HTMLElement>("[data-item-details]");
  target?.focus();
}

/**
 * The checklist's keyboard shortcuts (listed by ShortcutsDialog), for the item that has focus:
 * x tick/untick, i in progress, s skip, u back to to do, n details and note, j/k next/previous,
 * ? the list of shortcuts. Returns the list's keydown handler.
 */
export function usePlanShortcuts({
  listRef,
  statuses,
  setStatus,
  openDetails,
  showShortcuts,
}: {
  listRef: RefObject<HTMLElement | null>;
  statuses: StatusRecord;
  setStatus: (change: StatusChange) => void;
  /** Opens the item's details and renders them before returning (flushSync), so the note can take focus. */
  openDetails: (itemId: string) => void;
  showShortcuts: () => void;
}) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      if (!(target instanceof HTMLElement) || isTextEntry(target)) return;
      const row = target.closest<HTMLElement>("[data-plan-item]");
      const itemId = row?.dataset.planItem;
      if (!row || !itemId) return;
      const key = event.key;
      const shortcutStatus = SHORTCUT_STATUS.get(key);
      if (key === "x") {
        setStatus({ itemId, status: statusIn(statuses, itemId) === "done" ? "todo" : "done" });
      } else if (shortcutStatus) {
        setStatus({ itemId, status: shortcutStatus });
      } else if (key === "n") {
        openDetails(itemId);
        focusNote(itemId);
      } else if (key === "j" || key === "k") {
        moveFocus(listRef.current, row, key === "j" ? 1 : -1);
      } else if (key === "?") {
        showShortcuts();
      } else {
        return;
      }
      event.preventDefault();
    },
    [listRef, statuses, setStatus, openDetails, showShortcuts],
  );
}

/** Where "n" sends focus: the note, or the details panel when there is no note field (read-only). */
function focusNote(itemId: string) {
  const target = document.getElementById(noteIdFor(itemId)) ?? document.getElementById(detailsIdFor(itemId));
  target?.focus();
}
