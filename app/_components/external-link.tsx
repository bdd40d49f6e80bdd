import type { ReactNode } from "react";

/** A link to another site (AWS documentation), opened in a new tab and announced as such. */
export function ExternalLink({
  href,
  children,
  className = "text-brand-700 underline",
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
