"use client";

import { usePathname } from "next/navigation";
import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";

/**
 * The header's links: one row on wide screens; below that a "Menu" disclosure button that shows
 * them as a list (ADR 033). Escape closes it and puts focus back on the button; following a link
 * closes it (it stays open only for the page it was opened on).
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape" || !open) return;
    setOpenOn(null);
    button.current?.focus();
  }

  function onClick(event: MouseEvent) {
    if (event.target instanceof Element && event.target.closest("a")) setOpenOn(null);
  }

  return (
    <div onKeyDown={onKeyDown} className="flex items-center">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-4 text-sm font-medium text-slate-800 hover:bg-slate-100 xl:hidden"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-4 fill-none stroke-current"
          strokeWidth="1.75"
        >
          {open ? <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" /> : <path d="M2 4h12M2 8h12M2 12h12" />}
        </svg>
        Menu
      </button>
      <div
        id="site-menu"
        onClick={onClick}
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full z-40 max-h-[calc(100dvh-4rem)] flex-col gap-3 overflow-y-auto border-b border-slate-200 bg-white px-4 pb-4 pt-1 shadow-lg xl:static xl:flex xl:max-h-none xl:flex-row xl:items-center xl:gap-5 xl:overflow-visible xl:border-0 xl:p-0 xl:shadow-none`}
      >
        {children}
      </div>
    </div>
  );
}
