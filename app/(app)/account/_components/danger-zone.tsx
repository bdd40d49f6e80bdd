"use client";

import { useActionState } from "react";

import { Field, FormMessage, SubmitButton, fieldErrors } from "@/app/_components/form";
import { deleteAccount, signOutEverywhere } from "@/lib/actions/account";

export function SignOutEverywhereForm() {
  const [state, action] = useActionState(signOutEverywhere, null);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton variant="secondary" pendingText="Signing out everywhere…">
        Sign out everywhere
      </SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccount, null);
  return (
    <form action={action} noValidate className="space-y-4">
      <p className="text-slate-700">
        This removes your account, plan, progress, notes and history for good. There is no undo.
      </p>
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors(state, "currentPassword")}
      />
      <FormMessage state={state} />
      <SubmitButton variant="danger" pendingText="Deleting your account…">
        Delete account
      </SubmitButton>
    </form>
  );
}
