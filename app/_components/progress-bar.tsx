import type { CSSProperties } from "react";

/**
 * A labelled progress bar (0–100); the accessible name comes from `label`, the value text from
 * `valueText`. One element: the filled part is drawn by `.pbar::before` (app/globals.css), which
 * matters on the dashboard, where a dozen bars render on every request.
 */
export function ProgressBar({
  label,
  percent,
  valueText,
  size = "md",
  tone = "brand",
}: {
  label: string;
  percent: number;
  valueText: string;
  size?: "sm" | "md";
  tone?: "brand" | "slate";
}) {
  const value = Math.min(100, Math.max(0, Math.round(percent)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={valueText}
      className={`pbar ${size === "sm" ? "h-2" : "h-3"}${tone === "slate" ? " pbar-slate" : ""}`}
      style={{ "--pbar": `${value}%` } as CSSProperties}
    />
  );
}
