"use client";

import { useActionState } from "react";

import { SubmitButton } from "@/app/_components/form";
import { resendVerification } from "@/lib/actions/auth";

/** Until the address is confirmed: a reminder with "send the link again". */
export function VerifyEmailBanner({ email }: { email: string }) {
  const [state, action] = useActionState(resendVerification, null);
  return (
    <section
      aria-label="Confirm your email address"
      className="mb-6 flex flex-wrap items-center gap-3 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p className="min-w-0 flex-1">
        Confirm your email address <strong className="break-all">{email}</strong> with the link we sent you,
        so you can reset your password if you ever forget it.
      </p>
      <form action={action}>
        <SubmitButton variant="secondary" pendingText="Sending…">
          Send the link again
        </SubmitButton>
      </form>
      <p aria-live="polite" role="status" className="basis-full empty:hidden">
        {state ? state.message : null}
      </p>
    </section>
  );
}
