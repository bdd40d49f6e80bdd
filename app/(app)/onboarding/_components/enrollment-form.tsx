"use client";

import { useActionState, useEffect, useState } from "react";

import { Field, FormMessage, SubmitButton, fieldErrors, keptValue } from "@/app/_components/form";
import { deviceTimeZone } from "@/app/_components/device-time-zone";
import { saveEnrollments } from "@/lib/actions/plan";
import type { CertId } from "@/lib/curriculum/types";
import type { EnrollmentView } from "@/lib/data/plan";

export interface VersionDates {
  code: string;
  firstExamDate: string | null;
  lastExamDate: string | null;
}

/** The code of the version whose dates contain `day` (the same rule as lib/curriculum/versions.ts). */
function codeOn(versions: readonly VersionDates[], day: string): string {
  const found = versions.find(
    (v) =>
      (v.firstExamDate === null || v.firstExamDate <= day) &&
      (v.lastExamDate === null || day <= v.lastExamDate),
  );
  return (found ?? versions[versions.length - 1])?.code ?? "";
}

export function EnrollmentForm({
  chosen,
  fromGuide,
  enrollments,
  today,
  names,
  versions,
}: {
  chosen: CertId[];
  fromGuide: boolean;
  enrollments: EnrollmentView[];
  today: string;
  names: Record<CertId, string>;
  /** Each exam's dated versions: the labels name the version the chosen date (or today) falls in. */
  versions: Record<CertId, VersionDates[]>;
}) {
  const [state, action] = useActionState(saveEnrollments, null);
  const existingDates = Object.fromEntries(enrollments.map((e) => [e.cert, e.targetDate ?? ""]));
  const [dates, setDates] = useState<Partial<Record<CertId, string>>>(existingDates);
  const codes = {
    architect: codeOn(versions.architect, dates.architect || today),
    developer: codeOn(versions.developer, dates.developer || today),
  };
  const [timeZone, setTimeZone] = useState("");
  useEffect(() => {
    // Read after hydration: the server cannot know the browser's zone.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTimeZone(deviceTimeZone() ?? "");
  }, []);
  const existing = new Map(enrollments.map((e) => [e.cert, e]));
  // After a refused save, what the user had chosen (React resets the form after its action).
  const kept = state && !state.ok ? state.values : undefined;
  const isChosen = (cert: CertId) => (kept ? kept[cert] === "on" : chosen.includes(cert));
  const order =
    kept?.order ?? (chosen[0] === "developer" && chosen.length === 2 ? "developer-first" : "architect-first");

  return (
    <form action={action} noValidate className="space-y-6">
      <fieldset className="space-y-3">
        <legend className="text-lg font-medium">Which exam?</legend>
        {fromGuide ? (
          <p className="text-sm text-slate-600">Pre-selected from your answers in the guide.</p>
        ) : null}
        {(["architect", "developer"] as const).map((cert) => (
          <div key={cert} className="rounded-lg border border-slate-200 bg-white p-4">
            <label className="flex cursor-pointer items-start gap-3">
              <input
                type="checkbox"
                name={cert}
                defaultChecked={isChosen(cert)}
                className="mt-1 size-5 accent-brand-600"
              />
              <span>
                <span className="block font-medium">{names[cert]}</span>
                <span className="text-sm text-slate-600">Exam {codes[cert]}</span>
              </span>
            </label>
            <div className="mt-4 grid gap-4 sm:grid-cols-2">
              <Field
                label={`${codes[cert]} exam date (optional)`}
                name={`${cert}Date`}
                type="date"
                min={today}
                defaultValue={keptValue(state, `${cert}Date`) ?? existing.get(cert)?.targetDate ?? ""}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setDates((current) => ({ ...current, [cert]: value }));
                }}
                errors={fieldErrors(state, `${cert}Date`)}
              />
              <Field
                label={`Study hours per week for ${codes[cert]} (optional)`}
                name={`${cert}Hours`}
                type="number"
                inputMode="numeric"
                min={1}
                max={80}
                defaultValue={keptValue(state, `${cert}Hours`) ?? existing.get(cert)?.weeklyHours ?? ""}
                errors={fieldErrors(state, `${cert}Hours`)}
              />
            </div>
          </div>
        ))}
        <div id="certs-error" aria-live="polite" className="text-sm text-red-700">
          {fieldErrors(state, "certs")?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-medium">If you take both, which first?</legend>
        <p className="text-sm text-slate-600">
          Most people start with the architect exam for the big picture, then add the developer exam.
        </p>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="order"
            value="architect-first"
            defaultChecked={order === "architect-first"}
            className="size-4 accent-brand-600"
          />
          Solutions Architect first
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="order"
            value="developer-first"
            defaultChecked={order === "developer-first"}
            className="size-4 accent-brand-600"
          />
          Developer first
        </label>
      </fieldset>
      <input type="hidden" name="timeZone" value={timeZone} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Saving your plan…">Save my plan</SubmitButton>
    </form>
  );
}
