/** A labelled progress bar (0–100); the accessible name comes from `label`, the value text from `valueText`. */
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
      className={`w-full overflow-hidden rounded-full bg-slate-200 ${size === "sm" ? "h-2" : "h-3"}`}
    >
      <div
        className={`h-full rounded-full transition-[width] duration-300 motion-reduce:transition-none ${tone === "brand" ? "bg-brand-600" : "bg-slate-500"}`}
        style={{ width: `${value}%` }}
      />
    </div>
  );
}
