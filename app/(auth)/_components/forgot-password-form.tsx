"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field, FormMessage, SubmitButton, fieldErrors, keptValue } from "@/app/_components/form";
import { requestPasswordReset } from "@/lib/actions/auth";

import { CheckYourEmail } from "./check-your-email";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordReset, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <CheckYourEmail email={state.data.email}>{state.message}</CheckYourEmail>
        <p className="text-sm">
          <Link href="/signin" className="text-brand-700 underline">
            Back to sign in
          </Link>
        </p>
      </div>
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
      <FormMessage state={state} />
      <SubmitButton pendingText="Sending…">Send reset link</SubmitButton>
      <p className="text-sm text-slate-700">
        Remembered it?{" "}
        <Link href="/signin" className="text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
