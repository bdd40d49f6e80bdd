import { LoadingRegion } from "@/app/_components/loading-region";

/** Shown while /review loads: the heading, one card and its four answers, without content. */
export default function ReviewLoading() {
  return (
    <LoadingRegion label="Loading your reviews…">
      <div className="space-y-3">
        <div className="h-8 w-32 rounded bg-slate-200" />
        <div className="h-4 w-full max-w-3xl rounded bg-slate-200" />
        <div className="h-4 w-2/3 max-w-2xl rounded bg-slate-200" />
      </div>
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <div className="h-4 w-40 rounded bg-slate-200" />
        <div className="h-7 w-full max-w-lg rounded bg-slate-200" />
        <div className="h-16 w-full rounded bg-slate-100" />
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="h-14 rounded-md bg-slate-200" />
          ))}
        </div>
      </div>
    </LoadingRegion>
  );
}
