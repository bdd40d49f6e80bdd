import { LoadingRegion } from "@/app/_components/loading-region";

/** Shown while the schedule loads: the shape of the page, without content. */
export default function ScheduleLoading() {
  return (
    <LoadingRegion label="Loading your schedule…">
      <div className="space-y-3">
        <div className="h-8 w-40 rounded bg-slate-200" />
        <div className="h-4 w-full max-w-2xl rounded bg-slate-200" />
        <div className="h-4 w-2/3 max-w-xl rounded bg-slate-200" />
      </div>
      <div className="h-28 rounded-lg border border-slate-200 bg-white" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <div className="h-6 w-56 rounded bg-slate-200" />
          <div className="h-4 w-40 rounded bg-slate-200" />
          <div className="h-10 rounded bg-slate-100" />
          <div className="h-10 rounded bg-slate-100" />
        </div>
      ))}
    </LoadingRegion>
  );
}
