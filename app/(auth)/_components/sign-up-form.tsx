"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field, FormMessage, SubmitButton, fieldErrors, keptValue } from "@/app/_components/form";
import { signUp } from "@/lib/actions/auth";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";

import { CheckYourEmail } from "./check-your-email";

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(signUp, null);
  if (state?.ok) {
    return (
      <CheckYourEmail email={state.data.sentTo}>
        Open the link in it to confirm your address, then sign in. Nothing after a few minutes? Check your
        spam folder, or sign in and ask for a new link.
      </CheckYourEmail>
    );
  }
  return (
    <form action={action} noValidate className="space-y-4">
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={keptValue(state, "email")}
        errors={fieldErrors(state, "email")}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. A long phrase is easier to remember and harder to guess.`}
        errors={fieldErrors(state, "password")}
      />
      {/* Honeypot: hidden from people and assistive tech; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="signup-website">Website</label>
        <input id="signup-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormMessage state={state} />
      <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
      <p className="text-sm text-slate-700">
        Already have an account?{" "}
        <Link
          href={callbackUrl ? `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signin"}
          className="text-brand-700 underline"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
