import { certifications, newestExam, newestVersion, previousVersion, type CertId } from "@/lib/curriculum";

import { formatDay } from "@/app/_components/format";

const numberFormat = new Intl.NumberFormat("en");

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function ExamFacts({ certs }: { certs: readonly CertId[] }) {
  return (
    <div className="space-y-3">
      <h3 className="text-xl font-semibold">The exam{certs.length > 1 ? "s" : ""} at a glance</h3>
      <div className={`grid gap-4 ${certs.length > 1 ? "md:grid-cols-2" : ""}`}>
        {certs.map((cert) => {
          const c = certifications[cert];
          const exam = newestExam(cert);
          const version = newestVersion(c);
          const replaced = previousVersion(c, version);
          const facts: [string, string][] = [
            ["Exam code", exam.code],
            [
              "Questions",
              `${exam.questions} (${exam.scoredQuestions} scored, ${exam.unscoredQuestions} unscored)`,
            ],
            ["Time", `${exam.minutes} minutes`],
            [
              "Passing score",
              `${numberFormat.format(exam.passingScore)} on a scale of ${numberFormat.format(exam.scoreMin)}–${numberFormat.format(exam.scoreMax)}`,
            ],
            ["Question types", sentenceCase(exam.questionTypes.join(", "))],
            ["Coding needed", c.codingLevel.level === "minimal" ? "Minimal" : "Strong programming skills"],
          ];
          return (
            <article key={cert} className="space-y-3 rounded-lg border border-slate-200 p-4">
              <h4 className="text-lg font-semibold">{c.name}</h4>
              <dl className="divide-y divide-slate-200">
                {facts.map(([term, value]) => (
                  <div key={term} className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-2">
                    <dt className="text-slate-600">{term}</dt>
                    <dd className="font-medium text-slate-900">{value}</dd>
                  </div>
                ))}
              </dl>
              {replaced?.lastExamDate && version.firstExamDate ? (
                <p className="text-sm text-slate-700">
                  {exam.code} is the exam from {formatDay(version.firstExamDate)}; {replaced.exam.code} was
                  retired after {formatDay(replaced.lastExamDate)}.
                </p>
              ) : null}
              <p className="text-sm">
                <a href={exam.examGuide.url} rel="noopener noreferrer" className="text-brand-700 underline">
                  Official exam guide for {exam.code}
                </a>{" "}
                <span className="text-slate-600">(on the AWS website)</span>
              </p>
            </article>
          );
        })}
      </div>
    </div>
  );
}
