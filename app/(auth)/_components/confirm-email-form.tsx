"use client";

import Link from "next/link";
import { useActionState } from "react";

import { FormMessage, SubmitButton } from "@/app/_components/form";
import { confirmEmail } from "@/lib/actions/auth";

/** `next`: where a confirmed new account continues (its sign-up's callbackUrl, else onboarding). */
export function ConfirmEmailForm({ token, change, next }: { token: string; change: boolean; next: string }) {
  const [state, action] = useActionState(confirmEmail, null);
  if (state?.ok) {
    const { purpose, signedIn } = state.data;
    const target = purpose === "change_email" ? "/account" : next;
    return (
      <div
        role="status"
        className="space-y-3 rounded-md border border-green-200 bg-green-50 p-4 text-green-900"
      >
        <p className="font-medium">
          {purpose === "change_email"
            ? "Your new email address is confirmed."
            : "Your email address is confirmed."}
        </p>
        {signedIn ? (
          <Link href={target as "/"} className="underline">
            {purpose === "change_email" ? "Back to your account" : "Continue"}
          </Link>
        ) : (
          <Link href={`/signin?callbackUrl=${encodeURIComponent(target)}`} className="underline">
            Sign in to continue
          </Link>
        )}
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Confirming…">
        {change ? "Confirm new email address" : "Confirm email address"}
      </SubmitButton>
    </form>
  );
}
