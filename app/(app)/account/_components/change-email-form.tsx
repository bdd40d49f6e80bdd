"use client";

import { useActionState } from "react";

import { Field, FormMessage, SubmitButton, fieldErrors, keptValue } from "@/app/_components/form";
import { changeEmail } from "@/lib/actions/account";

export function ChangeEmailForm({ email }: { email: string }) {
  const [state, action] = useActionState(changeEmail, null);
  return (
    <form action={action} noValidate className="space-y-4">
      <p className="text-slate-700">
        Currently <strong className="break-all">{email}</strong>. We send a link to the new address; it
        replaces this one when you open it.
      </p>
      <Field
        label="New email address"
        name="newEmail"
        type="email"
        autoComplete="email"
        required
        defaultValue={keptValue(state, "newEmail")}
        errors={fieldErrors(state, "newEmail")}
      />
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors(state, "currentPassword")}
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Sending the link…">Change email address</SubmitButton>
    </form>
  );
}
