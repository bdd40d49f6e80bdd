import type { CSSProperties } from "react";

interface BarLook {
  /** 0–100; rounded and clamped. */
  percent: number;
  size?: "sm" | "md";
  tone?: "brand" | "slate";
  /** Layout only (width, margins, visibility); the bar's look is `.pbar` in app/globals.css. */
  className?: string;
}

/** A progress bar with an accessible name (`label`) and value text (`valueText`). */
interface LabelledBar extends BarLook {
  label: string;
  valueText: string;
}

/** A bar drawn beside a figure that is already written out: hidden from assistive technology. */
interface DecorativeBar extends BarLook {
  decorative: true;
}

/**
 * The one progress bar of the app (plan, dashboard, skills, exam domains). One element: the
 * filled part is drawn by `.pbar::before` (app/globals.css), which matters on the dashboard,
 * where a few dozen bars render on every request. A `<span>`, so it may sit in phrasing content
 * such as a `<summary>`.
 */
export function ProgressBar(props: LabelledBar | DecorativeBar) {
  const { percent, size = "md", tone = "brand", className } = props;
  const value = Math.min(100, Math.max(0, Math.round(percent)));
  const look = `pbar ${size === "sm" ? "h-2" : "h-3"}${tone === "slate" ? " pbar-slate" : ""}${className ? ` ${className}` : ""}`;
  const style = { "--pbar": `${value}%` } as CSSProperties;
  if ("decorative" in props) return <span aria-hidden="true" className={look} style={style} />;
  return (
    <span
      role="progressbar"
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={props.valueText}
      className={look}
      style={style}
    />
  );
}
