/**
 * Baseline "static page": prerendered at build time and served from the build
 * output (proxy.ts still runs in front of it).
 */
export const dynamic = "force-static";

export default function BenchStaticPage() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Static baseline</h1>
      <p className="text-slate-700">Prerendered at build time; no code of ours runs per request.</p>
    </div>
  );
}
