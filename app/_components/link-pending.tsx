"use client";

import { useLinkStatus } from "next/link";

/**
 * Inside a <Link>: a thin bar under the link while its navigation waits for the server.
 * Pages that render in one pass (no loading.tsx, ADR 042) show nothing new until their HTML
 * is ready, so the link the user clicked says that something is happening. Nothing is
 * rendered while idle (no element, no layout shift); the link's own text stays the
 * accessible name, and aria-busy on the main region is left to the page that arrives.
 */
export function LinkPending() {
  const { pending } = useLinkStatus();
  return pending ? <span aria-hidden="true" className="link-pending" data-testid="link-pending" /> : null;
}
