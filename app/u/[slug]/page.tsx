import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DashboardView } from "@/app/_components/dashboard/dashboard-view";
import { count } from "@/app/_components/format";
import { certifications, items, skillAreas, steps } from "@/lib/curriculum";
import { getDashboardInput } from "@/lib/data/dashboard";
import { getSharedUser } from "@/lib/data/portability";
import { buildDashboard } from "@/lib/progress/dashboard";
import { requestNow } from "@/lib/clock/request";

export const metadata: Metadata = {
  title: "Shared study progress",
  // A private link: keep it out of search engines and referrer headers.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/**
 * The opt-in public progress page: the owner's dashboard, read-only, without
 * email or notes. The random slug is the only key; turning sharing off or making
 * a new link makes this address 404.
 */
export default async function SharedProgressPage({ params }: PageProps<"/u/[slug]">) {
  const { slug } = await params;
  const owner = await getSharedUser(slug);
  if (!owner) notFound();
  const now = await requestNow();
  const input = await getDashboardInput(owner.id, owner.timeZone, now);
  const d = buildDashboard({ ...input, now }, { items, certifications, steps, skillAreas });

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <p className="text-sm font-medium text-brand-700">Shared, read-only</p>
        <h1 className="text-2xl font-semibold">Study progress</h1>
        <p className="text-slate-700">
          {d.exams.length === 0
            ? "No exam chosen yet."
            : `Preparing for ${d.exams.map((e) => e.code).join(" and ")}. ${count(d.totalDone, "item")} done so far.`}
        </p>
      </div>
      {d.exams.length ? <DashboardView d={d} timeZone={input.timeZone} now={now} readOnly /> : null}
    </div>
  );
}
