import Link from "next/link";

/** The whole dashboard of someone who hasn't picked an exam yet. */
export function GetStarted() {
  return (
    <section
      aria-labelledby="get-started-heading"
      className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-6 sm:p-8"
    >
      <h2 id="get-started-heading" className="text-xl font-semibold">
        Start your study plan
      </h2>
      <p className="max-w-2xl text-slate-700">
        Pick the AWS associate exam you are preparing for and your dashboard fills in: progress, readiness for
        each exam domain, your pace towards the exam date and your study streak. Not sure which exam suits
        you? The guide asks a few questions and recommends one.
      </p>
      <div className="flex flex-wrap gap-3 pt-2">
        <Link
          href="/onboarding"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          Pick an exam
        </Link>
        <Link
          href="/choose"
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100"
        >
          Take the guide
        </Link>
      </div>
    </section>
  );
}
