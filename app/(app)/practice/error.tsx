"use client";

import { RouteError } from "@/app/_components/route-error";

/** The practice log could not load: say so, keep the rest of the app usable, offer a retry. */
export default function PracticeError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <RouteError
      {...props}
      title="We could not load your practice log"
      message="Your logged attempts are safe. Try again in a moment."
      log="Practice page error"
    />
  );
}
