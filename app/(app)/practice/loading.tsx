import { LoadingRegion } from "@/app/_components/loading-region";

/** Shown while the practice log loads: the page's shape, without content. */
export default function PracticeLoading() {
  return (
    <LoadingRegion label="Loading your practice log…">
      <div className="space-y-3">
        <div className="h-8 w-56 max-w-full rounded bg-slate-200" />
        <div className="h-4 w-full max-w-3xl rounded bg-slate-200" />
        <div className="h-4 w-2/3 max-w-2xl rounded bg-slate-200" />
      </div>
      <div className="h-96 rounded-lg border border-slate-200 bg-white" />
      <div className="h-64 rounded-lg border border-slate-200 bg-white" />
    </LoadingRegion>
  );
}
