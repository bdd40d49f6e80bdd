import type { ReactNode } from "react";

import { WidgetErrorBoundary } from "./widget-error-boundary";

/**
 * Every widget gets its own error state. A widget that fails during the server render
 * makes React fall back to loading.tsx's skeleton and retry the page in the browser,
 * where this boundary catches the failure: the rest of the dashboard still shows.
 *
 * Deliberately no Suspense boundary per widget: all data arrives in one read before
 * rendering, so there is nothing to stream, and React 19.3 can crash ("$RS … null")
 * when a nested boundary's content is revealed before the last pieces of its
 * fallback arrive (the RSC stream defers elements once a row passes ~3 kB).
 */
export function Widget({ title, level, children }: { title: string; level: 2 | 3; children: ReactNode }) {
  return (
    <WidgetErrorBoundary title={title} level={level}>
      {children}
    </WidgetErrorBoundary>
  );
}
