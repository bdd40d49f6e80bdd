import { STATUS_LABELS } from "./plan-types";
import type { StatusChange, StatusFailure } from "./status-changes";

/** Changes that could not be saved, pinned to the bottom of the screen, each with Retry and Dismiss. */
export function SaveFailures({
  failures,
  titles,
  onRetry,
  onDismiss,
}: {
  failures: readonly StatusFailure[];
  /** Item id → title. */
  titles: ReadonlyMap<string, string>;
  onRetry: (change: StatusChange) => void;
  onDismiss: (itemId: string) => void;
}) {
  if (failures.length === 0) return null;
  return (
    <div className="fixed inset-x-4 bottom-4 z-40 space-y-2 sm:left-auto sm:w-[28rem]">
      {failures.map((failure) => (
        <div
          key={failure.itemId}
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 shadow-lg"
        >
          <p className="min-w-0 flex-1 basis-56">
            Couldn&apos;t save “{titles.get(failure.itemId) ?? failure.itemId}” as{" "}
            {STATUS_LABELS[failure.status]}. {failure.message}
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => onRetry({ itemId: failure.itemId, status: failure.status })}
              className="min-h-11 rounded-md bg-red-700 px-3 font-medium text-white hover:bg-red-800"
            >
              Retry
            </button>
            <button
              type="button"
              onClick={() => onDismiss(failure.itemId)}
              className="min-h-11 rounded-md border border-red-300 bg-white px-3 font-medium hover:bg-red-100"
            >
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
