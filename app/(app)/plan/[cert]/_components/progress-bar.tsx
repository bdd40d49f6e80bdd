/** A labelled progress bar; the accessible name comes from `label`, the value text from `valueText`. */
export function ProgressBar({
  label,
  percent,
  valueText,
  size = "md",
}: {
  label: string;
  percent: number;
  valueText: string;
  size?: "sm" | "md";
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
        className="h-full rounded-full bg-brand-600 transition-[width] duration-300 motion-reduce:transition-none"
        style={{ width: `${value}%` }}
      />
    </div>
  );
}
