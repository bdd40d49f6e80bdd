"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field, FormMessage, SubmitButton, fieldErrors } from "@/app/_components/form";
import { resetPassword } from "@/lib/actions/auth";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(resetPassword, null);
  const linkError = fieldErrors(state, "token");
  return (
    <form action={action} noValidate className="space-y-4">
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <input type="hidden" name="token" value={token} />
      <Field
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. A long phrase is easier to remember and harder to guess.`}
        errors={fieldErrors(state, "password")}
      />
      {linkError ? (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          <p>{linkError[0]}</p>
          <Link href="/forgot-password" className="underline">
            Send a new reset link
          </Link>
        </div>
      ) : (
        <FormMessage state={state} />
      )}
      <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
    </form>
  );
}
