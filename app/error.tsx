"use client";

import { RouteError } from "@/app/_components/route-error";

/** Any page that failed to load, signed in or not. */
export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <RouteError
      {...props}
      title="Something went wrong"
      message="We could not load this page. Your saved progress is safe. Try again in a moment."
      log="Page error"
      dashboardLink={false}
    />
  );
}
