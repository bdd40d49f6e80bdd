import { LoadingRegion } from "@/app/_components/loading-region";

/** Shown while the plan loads: the page's shape, without content. */
export default function PlanLoading() {
  return (
    <LoadingRegion label="Loading your plan…">
      <div className="space-y-3">
        <div className="h-4 w-32 rounded bg-slate-200" />
        <div className="h-8 w-full max-w-xl rounded bg-slate-200" />
        <div className="h-4 w-full max-w-3xl rounded bg-slate-200" />
        <div className="h-4 w-2/3 max-w-2xl rounded bg-slate-200" />
      </div>
      <div className="h-48 rounded-lg border border-slate-200 bg-white" />
      <div className="h-40 rounded-lg border border-slate-200 bg-white" />
      {[0, 1].map((section) => (
        <div key={section} className="space-y-3">
          <div className="h-6 w-72 max-w-full rounded bg-slate-200" />
          <div className="h-3 w-full rounded-full bg-slate-200" />
          {[0, 1, 2, 3].map((row) => (
            <div key={row} className="h-14 rounded-lg border border-slate-200 bg-white" />
          ))}
        </div>
      ))}
    </LoadingRegion>
  );
}
