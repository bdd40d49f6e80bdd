import Link from "next/link";

import { getCurrentUser } from "@/lib/auth";
import { certifications, itemsForVersion, newestExam, newestVersion, steps } from "@/lib/curriculum";
import { CERT_IDS } from "@/lib/curriculum/types";

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const [params, user] = await Promise.all([searchParams, getCurrentUser().catch(() => null)]);
  const deleted = params.accountDeleted === "1";

  return (
    <div className="space-y-12">
      {deleted ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-4 py-3 text-green-900">
          Your account and everything stored with it have been deleted.
        </p>
      ) : null}

      <section className="space-y-5">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
          Pass your AWS associate exam on a plan you can see
        </h1>
        <p className="max-w-2xl text-lg text-slate-700">
          AWS Study Planner turns the Solutions Architect – Associate ({newestExam("architect").code}) and
          Developer – Associate ({newestExam("developer").code}) exams into a four-step checklist, keeps every
          tick in sync across your devices, and tells you whether you are on pace for your exam date.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/choose"
            className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            Which certification should I choose?
          </Link>
          <Link
            href="/exams"
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
          >
            Compare the two exams
          </Link>
          <Link
            href={user ? "/dashboard" : "/signup"}
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
          >
            {user ? "Go to my dashboard" : "Create a free account"}
          </Link>
        </div>
      </section>

      <section aria-labelledby="exams-heading" className="space-y-4">
        <h2 id="exams-heading" className="text-xl font-semibold">
          Two associate exams, two ways of thinking
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {CERT_IDS.map((id) => {
            const cert = certifications[id];
            return (
              <article key={id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
                <h3 className="font-semibold">
                  {cert.name} <span className="text-slate-600">({newestExam(cert.id).code})</span>
                </h3>
                <p className="text-slate-700">{cert.summary}</p>
                <p className="font-medium">“{cert.question}”</p>
                <dl className="grid grid-cols-3 gap-2 text-sm">
                  <div>
                    <dt className="text-slate-600">Questions</dt>
                    <dd className="font-medium">{newestExam(cert.id).questions}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-600">Minutes</dt>
                    <dd className="font-medium">{newestExam(cert.id).minutes}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-600">To pass</dt>
                    <dd className="font-medium">
                      {newestExam(cert.id).passingScore} / {newestExam(cert.id).scoreMax}
                    </dd>
                  </div>
                </dl>
                <p className="text-sm text-slate-600">
                  {itemsForVersion(newestVersion(certifications[id])).length} checklist items in the plan.
                </p>
              </article>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="path-heading" className="space-y-4">
        <h2 id="path-heading" className="text-xl font-semibold">
          The learning path
        </h2>
        <ol className="grid gap-4 md:grid-cols-2">
          {steps.map((step) => (
            <li key={step.id} className="rounded-lg border border-slate-200 bg-white p-5">
              <p className="text-sm font-medium text-brand-700">Step {step.number}</p>
              <h3 className="font-semibold">{step.title}</h3>
              <p className="mt-1 text-slate-700">{step.description}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
