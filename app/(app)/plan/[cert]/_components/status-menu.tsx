"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

import type { ItemStatus } from "@/lib/curriculum/types";

import { STATUS_LABELS } from "./plan-types";

/** The checkbox says done or not; the menu holds the other statuses (ADR 035). */
const MENU_STATUSES: readonly ItemStatus[] = ["todo", "in_progress", "skipped"];

const CHIP: Partial<Record<ItemStatus, string>> = {
  in_progress: "border-amber-300 bg-amber-50 text-amber-900",
  skipped: "border-slate-300 bg-slate-100 text-slate-700",
};

/**
 * A row's status menu: a button named "Status of <title>: <status>" that shows "In progress" or
 * "Skipped" when the item is, and otherwise only a "⋯" mark; it opens a menu of To do, In
 * progress and Skipped (the WAI-ARIA menu button pattern: arrows, Home, End, Escape, Tab). The
 * menu is rendered only while open, so a closed row costs one button.
 */
export function StatusMenu({
  title,
  status,
  disabled,
  onChoose,
}: {
  title: string;
  status: ItemStatus;
  disabled: boolean;
  onChoose: (status: ItemStatus) => void;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const chip = CHIP[status];

  useEffect(() => {
    if (!open) return;
    const current = menu.current?.querySelector<HTMLElement>('[aria-checked="true"]');
    (current ?? menu.current?.querySelector<HTMLElement>('[role="menuitemradio"]'))?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target;
      if (target instanceof Node && (menu.current?.contains(target) || button.current?.contains(target)))
        return;
      setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  function closeAndFocus() {
    setOpen(false);
    button.current?.focus();
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? []);
    const index = items.findIndex((item) => item === document.activeElement);
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: index >= last ? 0 : index + 1,
      ArrowUp: index <= 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    if (event.key === "Tab") {
      setOpen(false);
      return;
    }
    if (event.key === "Escape") closeAndFocus();
    else if (event.key in moves) items[moves[event.key]!]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div className="relative shrink-0">
      <button
        ref={button}
        type="button"
        disabled={disabled}
        // The name says the status in words whatever is shown: the chip's words, or the "⋯" mark.
        aria-label={`Status of ${title}: ${STATUS_LABELS[status]}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-1.5 text-sm hover:bg-slate-100 disabled:cursor-default disabled:opacity-60 sm:min-h-9 sm:min-w-9 ${
          chip ? "" : "text-slate-600"
        }`}
      >
        {chip ? (
          <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${chip}`}>
            {STATUS_LABELS[status]}
          </span>
        ) : (
          // Three dots in one path: zero-length strokes with round caps.
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
            <path d="M4 10h0M10 10h0M16 10h0" stroke="currentColor" strokeWidth="3.2" strokeLinecap="round" />
          </svg>
        )}
      </button>
      {open ? (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={`Status of ${title}`}
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 top-full z-30 mt-1 w-44 rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {MENU_STATUSES.map((value) => (
            <button
              key={value}
              type="button"
              role="menuitemradio"
              aria-checked={status === value}
              tabIndex={-1}
              onClick={() => {
                onChoose(value);
                closeAndFocus();
              }}
              className="flex min-h-11 w-full items-center gap-2 px-3 text-left text-sm hover:bg-slate-100 focus:bg-slate-100 sm:min-h-9"
            >
              <span aria-hidden="true" className="w-4 text-brand-700">
                {status === value ? "✓" : ""}
              </span>
              {STATUS_LABELS[value]}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
