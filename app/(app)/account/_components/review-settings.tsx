"use client";

import { useActionState, useId } from "react";

import { FormMessage, SubmitButton, fieldErrors } from "@/app/_components/form";
import { saveRetention } from "@/lib/actions/review";

const OPTIONS: { value: number; label: string }[] = [
  { value: 80, label: "80 % — fewest reviews, more forgotten" },
  { value: 85, label: "85 % — fewer reviews" },
  { value: 90, label: "90 % — recommended" },
  { value: 95, label: "95 % — many more reviews" },
];

/** Desired retention for spaced review (FSRS): how likely a topic should still be remembered when it comes back. */
export function ReviewSettingsForm({ retention }: { retention: number }) {
  const id = useId();
  const [state, action] = useActionState(saveRetention, null);
  const errors = fieldErrors(state, "retention");
  const saved = state?.ok ? state.data.retention : retention;
  return (
    <form action={action} className="space-y-4">
      <div className="space-y-1">
        <label htmlFor={`${id}-retention`} className="block text-sm font-medium text-slate-800">
          Desired retention
        </label>
        <select
          key={saved}
          id={`${id}-retention`}
          name="retention"
          defaultValue={String(saved)}
          aria-describedby={`${id}-hint${errors ? ` ${id}-error` : ""}`}
          aria-invalid={errors ? true : undefined}
          className="block min-h-11 w-full max-w-md rounded-md border border-slate-300 bg-white px-3 py-2"
        >
          {OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          How likely you want to be to still remember a finished topic when it comes back for review. Higher
          means more frequent reviews. Changing it reschedules your review cards.
        </p>
        <div id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
          {errors?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingText="Saving…">Save review setting</SubmitButton>
    </form>
  );
}
