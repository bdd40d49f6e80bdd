import type { ReactNode } from "react";

/**
 * A page's loading state: announced once to screen readers ("Loading your plan…"), while the
 * placeholder shapes pulse for sighted users and stay hidden from assistive technology.
 */
export function LoadingRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div aria-busy="true" className="space-y-8">
      <p role="status" className="sr-only">
        {label}
      </p>
      <div aria-hidden="true" className="space-y-8 animate-pulse motion-reduce:animate-none">
        {children}
      </div>
    </div>
  );
}
