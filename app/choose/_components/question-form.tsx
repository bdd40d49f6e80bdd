import { questions, type PartialAnswers, type QuestionId } from "@/lib/guide";

/**
 * A plain GET form: it works without JavaScript, and the answers end up in the
 * URL, so a result can be bookmarked or shared and comes back pre-selected.
 */
export function QuestionForm({
  answers,
  missing,
  hasResult,
}: {
  answers: PartialAnswers;
  missing: readonly QuestionId[];
  hasResult: boolean;
}) {
  const count = questions.length;
  return (
    <section id="questions" aria-labelledby="questions-heading" className="space-y-4">
      <div className="space-y-1">
        <h2 id="questions-heading" className="text-2xl font-semibold tracking-tight">
          {hasResult ? "Change your answers" : `${count} quick questions`}
        </h2>
        <p className="max-w-2xl text-slate-700">
          Pick the answer closest to you for each one. Your answers stay in the page address, so you can
          bookmark or share the result.
        </p>
      </div>

      {missing.length > 0 ? (
        <div
          id="missing-answers"
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-red-800"
        >
          <p className="font-medium">
            Answer every question to see your recommendation.{" "}
            {missing.length === 1 ? "One is" : `${missing.length} are`} still open:
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {missing.map((id) => (
              <li key={id}>
                <a href={`#question-${id}`} className="underline">
                  {questions.find((q) => q.id === id)?.prompt}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <form method="get" action="/choose" className="space-y-5">
        {questions.map((question, index) => {
          const isMissing = missing.includes(question.id);
          const errorId = `question-${question.id}-error`;
          return (
            <div
              key={question.id}
              className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
            >
              <fieldset
                id={`question-${question.id}`}
                aria-describedby={isMissing ? errorId : undefined}
                className="scroll-mt-4"
              >
                <legend className="text-lg font-semibold text-slate-900">
                  <span className="block text-sm font-medium text-slate-600">
                    Question {index + 1} of {count}
                  </span>{" "}
                  {question.prompt}
                </legend>
                {isMissing ? (
                  <p id={errorId} className="mt-2 text-sm font-medium text-red-700">
                    Choose one answer.
                  </p>
                ) : null}
                <div className="mt-3 grid gap-2 sm:grid-cols-2">
                  {question.options.map((option) => {
                    const inputId = `answer-${question.id}-${option.id}`;
                    return (
                      <label
                        key={option.id}
                        htmlFor={inputId}
                        className="flex min-h-12 cursor-pointer items-center gap-3 rounded-md border-2 border-slate-300 bg-white px-4 py-3 text-slate-800 hover:border-brand-600 hover:bg-brand-50 has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:font-semibold has-focus-visible:ring-2 has-focus-visible:ring-brand-600 has-focus-visible:ring-offset-2"
                      >
                        <input
                          id={inputId}
                          type="radio"
                          name={question.id}
                          value={option.id}
                          defaultChecked={answers[question.id] === option.id}
                          required
                          className="size-5 shrink-0 accent-brand-600"
                        />
                        <span>{option.label}</span>
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            </div>
          );
        })}

        <button
          type="submit"
          className="inline-flex min-h-12 w-full items-center justify-center rounded-md bg-brand-600 px-6 py-3 text-base font-semibold text-white hover:bg-brand-700 sm:w-auto"
        >
          See my recommendation
        </button>
      </form>
    </section>
  );
}
