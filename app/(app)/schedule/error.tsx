"use client";

import { RouteError } from "@/app/_components/route-error";

/** The schedule could not be built or read: say so, keep the rest of the app reachable. */
export default function ScheduleError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <RouteError
      {...props}
      title="Schedule"
      message="We could not load your schedule just now. Your progress and plan are safe. Try again in a moment."
      log="Schedule error"
    />
  );
}
