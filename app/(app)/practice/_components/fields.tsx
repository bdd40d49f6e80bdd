"use client";

import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";

/**
 * Controlled form fields for the practice log: each has its label, an optional
 * hint, and its errors right under it (linked by aria-describedby, announced
 * politely). Controlled, so a rejected submission keeps everything typed.
 */

const control =
  "block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm aria-invalid:border-red-600 focus:border-brand-600";

function describedBy(...ids: unknown[]): string | undefined {
  const joined = ids.filter((id): id is string => typeof id === "string" && id !== "").join(" ");
  return joined || undefined;
}

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite" className="text-sm text-red-700">
      {errors?.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-sm text-slate-600">
      {children}
    </p>
  );
}

export function TextField({
  label,
  errors,
  hint,
  extraDescribedBy,
  onValue,
  ...input
}: {
  label: string;
  errors?: string[];
  hint?: ReactNode;
  /** Ids of text elsewhere that describes this field too (a fieldset's shared hint). */
  extraDescribedBy?: string;
  onValue: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "onChange">) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(
          hint && `${id}-hint`,
          extraDescribedBy,
          errors?.length && `${id}-error`,
        )}
        className={control}
        onChange={(event) => onValue(event.currentTarget.value)}
        {...input}
      />
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      <Errors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function SelectField({
  label,
  errors,
  hint,
  options,
  onValue,
  ...select
}: {
  label: string;
  errors?: string[];
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
  onValue: (value: string) => void;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange">) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, errors?.length && `${id}-error`)}
        className={control}
        onChange={(event) => onValue(event.currentTarget.value)}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      <Errors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function TextAreaField({
  label,
  errors,
  hint,
  value,
  maxLength,
  onValue,
}: {
  label: string;
  errors?: string[];
  hint?: ReactNode;
  value: string;
  maxLength: number;
  onValue: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        rows={3}
        maxLength={maxLength}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, errors?.length && `${id}-error`)}
        className={control}
        onChange={(event) => onValue(event.currentTarget.value)}
      />
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      <Errors id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A group of radio buttons with a legend; its errors sit under the group. */
export function RadioGroup({
  legend,
  name,
  value,
  options,
  errors,
  onValue,
}: {
  legend: string;
  name: string;
  value: string;
  options: readonly { value: string; label: string }[];
  errors?: string[];
  onValue: (value: string) => void;
}) {
  const id = useId();
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      className="space-y-1"
      aria-invalid={errors?.length ? true : undefined}
      aria-describedby={errors?.length ? `${id}-error` : undefined}
    >
      <legend id={`${id}-legend`} className="text-sm font-medium text-slate-800">
        {legend}
      </legend>
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name={`${name}-${id}`}
              value={o.value}
              checked={value === o.value}
              onChange={() => onValue(o.value)}
              className="size-4 accent-brand-600"
            />
            {o.label}
          </label>
        ))}
      </div>
      <Errors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
