"use client";

import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { useFormStatus } from "react-dom";

import type { ActionResult } from "@/lib/actions/result";

/** A labelled input whose errors sit under it, linked by aria-describedby and announced politely. */
export function Field({
  label,
  name,
  errors,
  hint,
  ...input
}: {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm aria-invalid:border-red-600 focus:border-brand-600"
        {...input}
      />
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div id={errorId} aria-live="polite" className="min-h-0 text-sm text-red-700">
        {errors?.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
    </div>
  );
}

export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
}: {
  children: ReactNode;
  pendingText: string;
  variant?: "primary" | "danger" | "secondary";
}) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-brand-600 text-white hover:bg-brand-700",
    danger: "bg-red-700 text-white hover:bg-red-800",
    secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 font-medium disabled:opacity-70 ${styles}`}
    >
      {pending ? pendingText : children}
    </button>
  );
}

/** The form-level message of an action result, announced politely. */
export function FormMessage({ state }: { state: ActionResult<unknown> | null }) {
  return (
    <div aria-live="polite" role="status" className="text-sm">
      {state && !state.ok && !state.fieldErrors ? (
        <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800">{state.message}</p>
      ) : null}
      {state?.ok && state.message ? (
        <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-green-800">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

export function fieldErrors(state: ActionResult<unknown> | null, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}

/**
 * What the user had typed in a field of a refused form (never a password: the action wrappers
 * leave those out). React resets a form after its action, so forms use this as `defaultValue`.
 */
export function keptValue(state: ActionResult<unknown> | null, name: string): string | undefined {
  return state && !state.ok ? state.values?.[name] : undefined;
}
