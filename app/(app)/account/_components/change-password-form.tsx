"use client";

import { useActionState, useEffect, useRef } from "react";

import { Field, FormMessage, SubmitButton, fieldErrors } from "@/app/_components/form";
import { changePassword } from "@/lib/actions/account";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePassword, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} action={action} noValidate className="space-y-4">
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors(state, "currentPassword")}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`}
        errors={fieldErrors(state, "newPassword")}
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Changing password…">Change password</SubmitButton>
    </form>
  );
}
