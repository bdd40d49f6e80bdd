import { setTheme } from "@/lib/actions/theme";
import { THEME_LABELS, THEMES, type Theme } from "@/lib/theme";

/**
 * Light / Dark / System: one form, one submit button per choice (aria-pressed marks the current
 * one), so it works without JavaScript and with the keyboard like any button (ADR 032).
 */
export function ThemeChoice({ theme, className = "" }: { theme: Theme; className?: string }) {
  return (
    <form action={setTheme} className={className}>
      <div role="group" aria-label="Theme" className="inline-flex rounded-md border border-slate-300 p-0.5">
        {THEMES.map((value) => (
          <button
            key={value}
            type="submit"
            name="theme"
            value={value}
            aria-pressed={theme === value}
            className="min-h-11 min-w-11 rounded px-3 text-sm text-slate-700 hover:bg-slate-100 aria-pressed:bg-slate-800 aria-pressed:font-medium aria-pressed:text-white sm:min-h-8"
          >
            {THEME_LABELS[value]}
          </button>
        ))}
      </div>
    </form>
  );
}
