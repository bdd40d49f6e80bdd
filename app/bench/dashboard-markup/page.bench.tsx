import { connection } from "next/server";

import { certifications, items, skillAreas, steps } from "@/lib/curriculum";
import { buildDashboard } from "@/lib/progress/dashboard";

import { DashboardView } from "@/app/_components/dashboard/dashboard-view";
import { count } from "@/app/_components/format";

import { fixtureInput } from "./fixture";
import { requestNow } from "@/lib/clock/request";

/**
 * Baseline "the dashboard's markup without a database": the same computation
 * (buildDashboard) and the same components as /dashboard, from a fixed history,
 * with no session, no query and no loading skeleton. /dashboard divided by this
 * is what the data access costs; this divided by /bench/dynamic is what rendering costs.
 */
export default async function BenchDashboardMarkupPage() {
  await connection();
  const now = await requestNow();
  const input = fixtureInput(now);
  const d = buildDashboard({ ...input, now }, { items, certifications, steps, skillAreas });
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Dashboard</h1>
        <p className="text-slate-700">
          {count(d.totalDone, "item")} done so far. Days and times are in your time zone ({input.timeZone}).
        </p>
      </div>
      <DashboardView d={d} timeZone={input.timeZone} now={now} />
    </div>
  );
}
