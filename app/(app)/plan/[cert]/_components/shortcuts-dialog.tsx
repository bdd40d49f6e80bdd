"use client";

import { useImperativeHandle, useRef, type Ref } from "react";

export interface ShortcutsDialogHandle {
  open: () => void;
}

const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ["x"], action: "Tick or untick (done)" },
  { keys: ["i"], action: "Mark in progress" },
  { keys: ["s"], action: "Skip" },
  { keys: ["u"], action: "Back to to do" },
  { keys: ["n"], action: "Open details and the note" },
  { keys: ["j"], action: "Next item" },
  { keys: ["k"], action: "Previous item" },
  { keys: ["?"], action: "Show these shortcuts" },
];

/**
 * A "Keyboard shortcuts" button and its modal dialog. The native <dialog> traps
 * focus and closes on Escape; focus then goes back to whatever opened it.
 */
export function ShortcutsDialog({ ref }: { ref?: Ref<ShortcutsDialogHandle> }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  function open() {
    const active = document.activeElement;
    returnFocus.current = active instanceof HTMLElement ? active : null;
    dialog.current?.showModal();
  }
  useImperativeHandle(ref, () => ({ open }), []);

  return (
    <>
      <button
        type="button"
        onClick={open}
        aria-haspopup="dialog"
        className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-100"
      >
        Keyboard shortcuts
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="shortcuts-title"
        onClose={() => {
          returnFocus.current?.focus();
          returnFocus.current = null;
        }}
        onClick={(event) => {
          // A click on the backdrop lands on the <dialog> element itself.
          if (event.target === event.currentTarget) dialog.current?.close();
        }}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-ink shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-4 p-5">
          <div className="flex items-start justify-between gap-4">
            <h2 id="shortcuts-title" className="text-lg font-semibold">
              Keyboard shortcuts
            </h2>
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100"
            >
              Close
            </button>
          </div>
          <p className="text-sm text-slate-700">
            When an item (or its checkbox) has focus. They do nothing while you type in the search box or a
            note.
          </p>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
            {SHORTCUTS.map((shortcut) => (
              <div key={shortcut.action} className="contents">
                <dt>
                  {shortcut.keys.map((key) => (
                    <kbd
                      key={key}
                      className="rounded border border-slate-300 bg-slate-50 px-2 py-0.5 font-mono"
                    >
                      {key}
                    </kbd>
                  ))}
                </dt>
                <dd>{shortcut.action}</dd>
              </div>
            ))}
          </dl>
        </div>
      </dialog>
    </>
  );
}
