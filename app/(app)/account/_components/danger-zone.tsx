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

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action] = useActionState(deleteAccount, null);
  return (
    <form action={action} noValidate className="space-y-4">
      <Field
        label="Type your email to confirm"
        name="confirmEmail"
        type="email"
        autoComplete="off"
        required
        hint={
          <>
            This removes your account, plan, progress, notes and history for good. Type{" "}
            <strong>{email}</strong>.
          </>
        }
        errors={fieldErrors(state, "confirmEmail")}
      />
      <FormMessage state={state} />
      <SubmitButton variant="danger" pendingText="Deleting your account…">
        Delete account
      </SubmitButton>
    </form>
  );
}
