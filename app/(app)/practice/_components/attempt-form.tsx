"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";

import { FormMessage } from "@/app/_components/form";
import { formatDay } from "@/app/_components/format";
import { saveAttempt } from "@/lib/actions/practice";
import type { ActionResult } from "@/lib/actions/result";
import type { CertId } from "@/lib/curriculum/types";
import { DOMAIN_SCORE_HINT, parseDomainScore } from "@/lib/readiness/scores";
import {
  formatScore,
  MODE_LABELS,
  PRACTICE_MODES,
  PRACTICE_SOURCES,
  SOURCE_LABELS,
  type AttemptKind,
} from "@/lib/readiness/types";
import type { DomainResult } from "@/lib/validations/practice";

import { RadioGroup, SelectField, TextAreaField, TextField } from "./fields";
import type { ExamOption, HistoryAttempt, VersionOption } from "./practice-types";

const NOTES_MAX = 2_000;
/** Fields that show their own errors; anything else the server reports goes in the summary. */
const FIELDS_WITH_ERRORS = new Set([
  "kind",
  "cert",
  "date",
  "source",
  "sourceName",
  "mode",
  "questions",
  "correct",
  "percent",
  "scaledScore",
  "result",
  "notes",
]);

export interface FormValues {
  kind: AttemptKind;
  cert: CertId;
  date: string;
  source: string;
  sourceName: string;
  mode: string;
  questions: string;
  correct: string;
  percent: string;
  domainScores: Record<string, string>;
  scaledScore: string;
  result: "" | "pass" | "fail";
  domainResults: Record<string, DomainResult>;
  notes: string;
}

/** The version in use on `day` (the same rule as lib/curriculum/versions.ts `versionOnDay`). */
function versionOn(versions: readonly VersionOption[], day: string): VersionOption | undefined {
  const found = versions.find(
    (v) =>
      (v.firstExamDate === null || v.firstExamDate <= day) &&
      (v.lastExamDate === null || day <= v.lastExamDate),
  );
  if (found) return found;
  const oldest = versions[0];
  return oldest && oldest.firstExamDate !== null && day < oldest.firstExamDate
    ? oldest
    : versions[versions.length - 1];
}

export function emptyValues(cert: CertId, today: string): FormValues {
  return {
    kind: "practice",
    cert,
    date: today,
    source: "",
    sourceName: "",
    mode: "",
    questions: "",
    correct: "",
    percent: "",
    domainScores: {},
    scaledScore: "",
    result: "",
    domainResults: {},
    notes: "",
  };
}

/** The form's values for editing a saved attempt. */
export function valuesOf(attempt: HistoryAttempt): FormValues {
  const domainScores: Record<string, string> = {};
  const domainResults: Record<string, DomainResult> = {};
  for (const d of attempt.domains) {
    if (d.correct !== null && d.total !== null) domainScores[d.domainId] = `${d.correct}/${d.total}`;
    else if (d.percent !== null) domainScores[d.domainId] = formatScore(d.percent);
    if (d.meets !== null) domainResults[d.domainId] = d.meets ? "meets" : "needs-improvement";
  }
  return {
    kind: attempt.kind,
    cert: attempt.cert,
    date: attempt.takenOn,
    source: attempt.source ?? "",
    sourceName: attempt.sourceName ?? "",
    mode: attempt.mode ?? "",
    questions: attempt.questions === null ? "" : String(attempt.questions),
    correct: attempt.correct === null ? "" : String(attempt.correct),
    percent: attempt.percent === null ? "" : formatScore(attempt.percent),
    domainScores,
    scaledScore: attempt.scaledScore === null ? "" : String(attempt.scaledScore),
    result: attempt.passed === null ? "" : attempt.passed ? "pass" : "fail",
    domainResults,
    notes: attempt.notes,
  };
}

const SOURCE_OPTIONS = [
  { value: "", label: "Choose a source" },
  ...PRACTICE_SOURCES.map((s) => ({ value: s, label: SOURCE_LABELS[s] })),
];
const MODE_OPTIONS = [
  { value: "", label: "Choose a mode" },
  ...PRACTICE_MODES.map((m) => ({ value: m, label: MODE_LABELS[m] })),
];
const RESULT_OPTIONS = [
  { value: "", label: "Not reported" },
  { value: "meets", label: "Meets competencies" },
  { value: "needs-improvement", label: "Needs improvement" },
];

/**
 * Log (or edit) a practice attempt or a real exam result. Controlled fields: a
 * rejected submission keeps everything typed and shows each error under its field,
 * then moves focus to the first one. The exam version follows the date, and with
 * it the per-domain fields (DVA-C02's domains before 1 Dec 2026, DVA-C03's from then).
 */
export function AttemptForm({
  exams,
  today,
  initial,
  editing,
  onSaved,
  onCancel,
}: {
  exams: readonly ExamOption[];
  /** Today in the user's time zone: the latest date allowed. */
  today: string;
  initial: FormValues;
  /** The attempt being edited, if any. */
  editing: HistoryAttempt | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const headingId = useId();
  const hintId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<FormValues>(initial);
  const [result, setResult] = useState<ActionResult<{ id: string }> | null>(null);
  const [pending, startTransition] = useTransition();

  const exam = exams.find((e) => e.cert === values.cert) ?? exams[0]!;
  const version = versionOn(exam.versions, values.date || today) ?? exam.versions[exam.versions.length - 1]!;
  const errors = (field: string) => (result && !result.ok ? result.fieldErrors?.[field] : undefined);
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  useEffect(() => {
    // After a rejected submission, take keyboard and screen reader users to the first problem.
    if (!result || result.ok || !result.fieldErrors) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = invalid?.matches("fieldset") ? invalid.querySelector<HTMLElement>("input") : invalid;
    target?.focus();
  }, [result]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ids = new Set(version.domains.map((d) => d.id));
    const pick = <T,>(record: Record<string, T>) =>
      Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
    const payload = {
      ...values,
      ...(editing ? { id: editing.id } : {}),
      domainScores: values.kind === "practice" ? pick(values.domainScores) : {},
      domainResults: values.kind === "official" ? pick(values.domainResults) : {},
    };
    setResult(null);
    startTransition(async () => {
      const r = await saveAttempt(payload);
      setResult(r);
      if (r.ok) {
        onSaved(r.message ?? "Saved.");
        if (!editing) {
          // Ready for the next one: same exam, kind, date, source and mode; scores and notes cleared.
          setValues((current) => ({
            ...emptyValues(current.cert, current.date),
            kind: current.kind,
            source: current.source,
            sourceName: current.sourceName,
            mode: current.mode,
          }));
        }
      }
    });
  }

  const heading = editing
    ? `Edit the ${editing.kind === "official" ? "exam result" : "attempt"} of ${formatDay(editing.takenOn)}`
    : "Log an attempt";

  return (
    <form
      ref={formRef}
      aria-labelledby={headingId}
      noValidate
      onSubmit={submit}
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id={headingId} tabIndex={-1} className="text-xl font-semibold">
        {heading}
      </h2>

      <RadioGroup
        legend="What are you logging?"
        name="kind"
        value={values.kind}
        options={[
          { value: "practice", label: "A practice attempt" },
          { value: "official", label: "An official AWS result (your score report)" },
        ]}
        errors={errors("kind")}
        onValue={(v) => set("kind", v as AttemptKind)}
      />

      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Exam"
          value={values.cert}
          options={exams.map((e) => ({ value: e.cert, label: e.name }))}
          errors={errors("cert")}
          onValue={(v) => set("cert", v as CertId)}
        />
        <TextField
          label="Date"
          type="date"
          value={values.date}
          max={today}
          min="2020-01-01"
          required
          hint={`Exam version on that date: ${version.code}.`}
          errors={errors("date")}
          onValue={(v) => set("date", v)}
        />
      </div>

      {values.kind === "practice" ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              label="Source"
              value={values.source}
              options={SOURCE_OPTIONS}
              errors={errors("source")}
              onValue={(v) => set("source", v)}
            />
            <SelectField
              label="Mode"
              value={values.mode}
              options={MODE_OPTIONS}
              errors={errors("mode")}
              onValue={(v) => set("mode", v)}
            />
            {values.source === "other" ? (
              <TextField
                label="Provider's name"
                value={values.sourceName}
                maxLength={80}
                autoComplete="off"
                errors={errors("sourceName")}
                onValue={(v) => set("sourceName", v)}
              />
            ) : null}
          </div>
          <fieldset className="space-y-3">
            <legend className="text-sm font-medium text-slate-800">Score</legend>
            <p className="text-sm text-slate-600">
              The percent, or the number of questions and correct answers (or both, if they agree).
            </p>
            <div className="grid gap-4 sm:grid-cols-3">
              <TextField
                label="Score (%)"
                inputMode="decimal"
                value={values.percent}
                autoComplete="off"
                errors={errors("percent")}
                onValue={(v) => set("percent", v)}
              />
              <TextField
                label="Questions"
                inputMode="numeric"
                value={values.questions}
                autoComplete="off"
                errors={errors("questions")}
                onValue={(v) => set("questions", v)}
              />
              <TextField
                label="Correct answers"
                inputMode="numeric"
                value={values.correct}
                autoComplete="off"
                errors={errors("correct")}
                onValue={(v) => set("correct", v)}
              />
            </div>
          </fieldset>
          <fieldset className="space-y-3">
            <legend className="text-sm font-medium text-slate-800">Scores by domain (optional)</legend>
            <p id={hintId} className="text-sm text-slate-600">
              {version.code} domains. {DOMAIN_SCORE_HINT}
            </p>
            <div className="grid gap-4 sm:grid-cols-2">
              {version.domains.map((domain) => {
                const raw = values.domainScores[domain.id] ?? "";
                const parsed = parseDomainScore(raw);
                const shown =
                  parsed.ok && parsed.value && parsed.value.total !== null
                    ? `${formatScore(parsed.value.percent)} %`
                    : null;
                return (
                  <TextField
                    key={domain.id}
                    label={domain.title}
                    value={raw}
                    autoComplete="off"
                    extraDescribedBy={hintId}
                    hint={shown ?? undefined}
                    errors={errors(`domain:${domain.id}`)}
                    onValue={(v) =>
                      setValues((current) => ({
                        ...current,
                        domainScores: { ...current.domainScores, [domain.id]: v },
                      }))
                    }
                  />
                );
              })}
            </div>
          </fieldset>
        </>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label="Scaled score (100–1000)"
              inputMode="numeric"
              value={values.scaledScore}
              autoComplete="off"
              hint={`${version.code} passes at ${version.passingScore}.`}
              errors={errors("scaledScore")}
              onValue={(v) => set("scaledScore", v)}
            />
            <RadioGroup
              legend="Result"
              name="result"
              value={values.result}
              options={[
                { value: "pass", label: "Pass" },
                { value: "fail", label: "Fail" },
              ]}
              errors={errors("result")}
              onValue={(v) => set("result", v as FormValues["result"])}
            />
          </div>
          <fieldset className="space-y-3">
            <legend className="text-sm font-medium text-slate-800">
              Your score report by domain (optional)
            </legend>
            <p className="text-sm text-slate-600">
              {version.code} domains, as the report rates them. Domains that need improvement go on your drill
              list.
            </p>
            <div className="grid gap-4 sm:grid-cols-2">
              {version.domains.map((domain) => (
                <SelectField
                  key={domain.id}
                  label={domain.title}
                  value={values.domainResults[domain.id] ?? ""}
                  options={RESULT_OPTIONS}
                  onValue={(v) =>
                    setValues((current) => ({
                      ...current,
                      domainResults: { ...current.domainResults, [domain.id]: v as DomainResult },
                    }))
                  }
                />
              ))}
            </div>
          </fieldset>
        </>
      )}

      <TextAreaField
        label="Notes (optional)"
        value={values.notes}
        maxLength={NOTES_MAX}
        hint="Private: never shown on your shared progress page."
        errors={errors("notes")}
        onValue={(v) => set("notes", v)}
      />

      {result && !result.ok && result.fieldErrors ? (
        <div role="alert" className="text-sm font-medium text-red-700">
          <p>Nothing was saved: check the fields marked above.</p>
          {Object.entries(result.fieldErrors)
            .filter(([field]) => !FIELDS_WITH_ERRORS.has(field) && !field.startsWith("domain:"))
            .flatMap(([, messages]) => messages ?? [])
            .map((message) => (
              <p key={message}>{message}</p>
            ))}
        </div>
      ) : null}
      {editing ? (
        <FormMessage state={result && !result.ok ? result : null} />
      ) : (
        <FormMessage state={result} />
      )}

      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-70"
        >
          {pending ? "Saving…" : "Save attempt"}
        </button>
        {editing ? (
          <button
            type="button"
            onClick={onCancel}
            className="inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
          >
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
