import { connection } from "next/server";

import { now } from "@/lib/clock";

/**
 * Baseline "dynamic page without a database": rendered per request (the root
 * layout included), touching no database when the request carries no session
 * cookie, which is how the benchmark requests it.
 */
export default async function BenchDynamicPage() {
  await connection();
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Dynamic baseline</h1>
      <p className="text-slate-700">Rendered at {now().toISOString()}.</p>
    </div>
  );
}
