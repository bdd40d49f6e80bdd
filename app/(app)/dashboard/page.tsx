import type { Metadata } from "next";

import { requireUser } from "@/lib/auth";
import { certifications, items, skillAreas, steps } from "@/lib/curriculum";
import { getDashboardInput } from "@/lib/data/dashboard";
import { buildDashboard } from "@/lib/progress/dashboard";

import { DashboardView } from "@/app/_components/dashboard/dashboard-view";
import { count } from "@/app/_components/format";
import { GetStarted } from "@/app/_components/dashboard/get-started";
import { ThisWeek } from "@/app/_components/dashboard/this-week";
import { requestNow } from "@/lib/clock/request";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  // The dashboard's only read: one SQL statement (plus the session check above).
  const now = await requestNow();
  const input = await getDashboardInput(user.id, user.timeZone, now);
  const d = buildDashboard({ ...input, now }, { items, certifications, steps, skillAreas });

  if (d.exams.length === 0) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">Dashboard</h1>
        <GetStarted />
      </div>
    );
  }

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Dashboard</h1>
        <p className="text-slate-700">
          {`${
            d.totalDone === 0
              ? "Nothing done yet: open your plan and tick off the first item."
              : `${count(d.totalDone, "item")} done so far.`
          } Days and times are in your time zone (${input.timeZone}).`}
        </p>
      </div>

      <ThisWeek week={d.thisWeek} />

      <DashboardView d={d} timeZone={input.timeZone} now={now} />
    </div>
  );
}
