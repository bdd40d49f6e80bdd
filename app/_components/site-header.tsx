import Link from "next/link";
import type { Route } from "next";

import { getCurrentUser } from "@/lib/auth";
import { signOut } from "@/lib/actions/auth";
import type { Theme } from "@/lib/theme";

import { HeaderMenu } from "./header-menu";
import { ThemeChoice } from "./theme-choice";

const LINK =
  "flex min-h-11 items-center rounded-md px-2 text-sm text-slate-800 hover:bg-slate-100 hover:underline xl:min-h-8 xl:px-0 xl:hover:bg-transparent";

function NavLink({ href, children }: { href: Route; children: React.ReactNode }) {
  return (
    <li>
      <Link href={href} className={LINK}>
        {children}
      </Link>
    </li>
  );
}

export async function SiteHeader({ theme }: { theme: Theme }) {
  // The header must render even while the database is unreachable.
  const user = await getCurrentUser().catch(() => null);
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex min-h-14 max-w-7xl items-center gap-x-5 px-4 py-1.5">
        <Link
          href={user ? "/dashboard" : "/"}
          className="mr-auto flex min-h-11 items-center text-lg font-semibold whitespace-nowrap text-brand-700"
        >
          AWS Study Planner
        </Link>
        <HeaderMenu>
          <nav aria-label="Main">
            <ul className="flex flex-col xl:flex-row xl:items-center xl:gap-x-5">
              {user ? (
                <>
                  <NavLink href="/dashboard">Dashboard</NavLink>
                  <NavLink href="/schedule">Schedule</NavLink>
                  <NavLink href="/plan/architect">Architect plan</NavLink>
                  <NavLink href="/plan/developer">Developer plan</NavLink>
                  <NavLink href="/practice">Practice</NavLink>
                  <NavLink href="/review">Review</NavLink>
                  <NavLink href="/account">
                    <span className="sr-only">{`Account: ${user.email}`}</span>
                    <span aria-hidden="true">Account</span>
                  </NavLink>
                </>
              ) : (
                <>
                  <NavLink href="/exams">Compare exams</NavLink>
                  <NavLink href="/choose">Which exam?</NavLink>
                  <NavLink href="/signin">Sign in</NavLink>
                  <li className="mt-2 xl:mt-0">
                    <Link
                      href="/signup"
                      className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-3 text-sm font-medium text-white hover:bg-brand-700 xl:min-h-8"
                    >
                      Create account
                    </Link>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <div className="flex flex-wrap items-center gap-3 xl:flex-nowrap">
            <ThemeChoice theme={theme} />
            {user ? (
              <form action={signOut}>
                <button
                  type="submit"
                  className="min-h-11 rounded-md border border-slate-300 px-3 text-sm whitespace-nowrap text-slate-800 hover:bg-slate-100 xl:min-h-8"
                >
                  Sign out
                </button>
              </form>
            ) : null}
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
