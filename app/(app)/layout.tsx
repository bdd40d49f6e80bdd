import type { ReactNode } from "react";

import { requireUser } from "@/lib/auth";
import { emailEnabled } from "@/lib/env";

import { TimeZoneSync } from "@/app/_components/time-zone-sync";

import { VerifyEmailBanner } from "./_components/verify-email-banner";

// Everything in this group is behind sign-in. proxy.ts redirects early for
// convenience; this check (and the one in every data read and action) is the real one.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <TimeZoneSync saved={user.timeZone} />
      {!user.emailVerified && emailEnabled() ? <VerifyEmailBanner email={user.email} /> : null}
      {children}
    </>
  );
}
