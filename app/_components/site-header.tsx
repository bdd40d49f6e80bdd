import Link from "next/link";

import { getCurrentUser } from "@/lib/auth";
import { signOut } from "@/lib/actions/auth";

export async function SiteHeader() {
  // The header must render even while the database is unreachable.
  const user = await getCurrentUser().catch(() => null);
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3"
      >
        <Link href={user ? "/dashboard" : "/"} className="mr-auto text-lg font-semibold text-brand-700">
          AWS Study Planner
        </Link>
        {user ? (
          <>
            <Link href="/dashboard" className="text-sm hover:underline">
              Dashboard
            </Link>
            <Link href="/schedule" className="text-sm hover:underline">
              Schedule
            </Link>
            <Link href="/plan/architect" className="text-sm hover:underline">
              Architect plan
            </Link>
            <Link href="/plan/developer" className="text-sm hover:underline">
              Developer plan
            </Link>
            <Link href="/practice" className="text-sm hover:underline">
              Practice
            </Link>
            <Link href="/review" className="text-sm hover:underline">
              Review
            </Link>
            <Link href="/account" className="text-sm hover:underline">
              <span className="hidden sm:inline">
                <span className="sr-only">Account: </span>
                {user.email}
              </span>
              <span className="sm:hidden">
                Account<span className="sr-only"> ({user.email})</span>
              </span>
            </Link>
            <form action={signOut}>
              <button
                type="submit"
                className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100"
              >
                Sign out
              </button>
            </form>
          </>
        ) : (
          <>
            <Link href="/exams" className="text-sm hover:underline">
              Compare exams
            </Link>
            <Link href="/choose" className="text-sm hover:underline">
              Which exam?
            </Link>
            <Link href="/signin" className="text-sm hover:underline">
              Sign in
            </Link>
            <Link
              href="/signup"
              className="rounded-md bg-brand-600 px-3 py-1 text-sm font-medium text-white hover:bg-brand-700"
            >
              Create account
            </Link>
          </>
        )}
      </nav>
    </header>
  );
}
