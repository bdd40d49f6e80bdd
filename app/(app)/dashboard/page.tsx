import type { Metadata } from "next";
import Link from "next/link";

import { requireUser } from "@/lib/auth";
import { certifications } from "@/lib/curriculum";
import { getEnrollments } from "@/lib/data/plan";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  const enrollments = await getEnrollments(user.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Dashboard</h1>
      {enrollments.length === 0 ? (
        <section className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 className="text-lg font-semibold">Start your plan</h2>
          <p className="mt-1 text-slate-700">Pick an exam to get your checklist.</p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href="/onboarding" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
              Pick an exam
            </Link>
          </div>
        </section>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {enrollments.map((e) => (
            <li key={e.cert} className="rounded-lg border border-slate-200 bg-white p-6">
              <h2 className="font-semibold">{certifications[e.cert].name}</h2>
              <Link href={`/plan/${e.cert}`} className="text-brand-700 underline">
                Open the plan
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
