"use client";

import { RouteError } from "@/app/_components/route-error";

/** /review could not load (the database is unreachable, …): nothing is lost, try again. */
export default function ReviewError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <RouteError
      {...props}
      title="Review"
      message="We could not load your reviews. Your cards and ratings are safe; try again in a moment."
      log="Review page error"
    />
  );
}
