import type { Metadata } from "next";

import { getCurrentUser } from "@/lib/auth";
import { completeAnswers, missingQuestions, parseAnswers, questions, recommend } from "@/lib/guide";

import { QuestionForm } from "./_components/question-form";
import { RecommendationSection } from "./_components/recommendation-section";

export const metadata: Metadata = {
  title: "Which AWS certification should I choose?",
  description:
    "Answer eight short questions and find out whether the AWS Solutions Architect – Associate or Developer – Associate exam suits you, or both.",
};

export default async function ChoosePage({ searchParams }: PageProps<"/choose">) {
  const [params, user] = await Promise.all([searchParams, getCurrentUser().catch(() => null)]);
  const answers = parseAnswers(params);
  const complete = completeAnswers(answers);
  const result = complete ? recommend(complete) : null;
  // Only nag about missing answers once someone has answered something.
  const missing = !complete && Object.keys(answers).length > 0 ? missingQuestions(answers) : [];

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
          Which AWS certification should I choose?
        </h1>
        <p className="max-w-2xl text-lg text-slate-700">
          Solutions Architect or Developer? Answer {questions.length} short questions about what you enjoy,
          where you come from and where you want to go, and we&apos;ll suggest the associate exam to start
          with.
        </p>
      </header>

      {result && complete ? (
        <RecommendationSection result={result} answers={complete} signedIn={user !== null} />
      ) : null}

      <QuestionForm answers={answers} missing={missing} hasResult={result !== null} />
    </div>
  );
}
