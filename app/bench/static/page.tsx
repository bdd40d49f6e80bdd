import { notFound } from "next/navigation";

import { benchRoutesEnabled } from "../enabled";

/**
 * Baseline "static page": prerendered at build time and served from the build
 * output (proxy.ts still runs in front of it). A static page cannot read the
 * environment per request, so the switch is read at build time: a build made
 * without BENCH_ROUTES=1 holds a 404 here.
 */
export const dynamic = "force-static";

export default function BenchStaticPage() {
  if (!benchRoutesEnabled()) notFound();
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Static baseline</h1>
      <p className="text-slate-700">Prerendered at build time; no code of ours runs per request.</p>
    </div>
  );
}
