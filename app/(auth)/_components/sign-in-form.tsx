"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field, FormMessage, SubmitButton, fieldErrors, keptValue } from "@/app/_components/form";
import { signIn } from "@/lib/actions/auth";

export function SignInForm({ callbackUrl, email }: { callbackUrl?: string; email?: string }) {
  const [state, action] = useActionState(signIn, null);
  return (
    <form action={action} noValidate className="space-y-4">
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={keptValue(state, "email") ?? email}
        errors={fieldErrors(state, "email")}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors(state, "password")}
      />
      <p className="-mt-2 text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          Forgot password?
        </Link>
      </p>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormMessage state={state} />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      <p className="text-sm text-slate-700">
        New here?{" "}
        <Link
          href={callbackUrl ? `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signup"}
          className="text-brand-700 underline"
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
