import { certifications, type CertId } from "@/lib/curriculum";

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
          const facts: [string, string][] = [
            ["Exam code", c.exam.code],
            [
              "Questions",
              `${c.exam.questions} (${c.exam.scoredQuestions} scored, ${c.exam.unscoredQuestions} unscored)`,
            ],
            ["Time", `${c.exam.minutes} minutes`],
            [
              "Passing score",
              `${numberFormat.format(c.exam.passingScore)} on a scale of ${numberFormat.format(c.exam.scoreMin)}–${numberFormat.format(c.exam.scoreMax)}`,
            ],
            ["Question types", sentenceCase(c.exam.questionTypes.join(", "))],
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
              <p className="text-sm">
                <a href={c.exam.examGuide.url} rel="noopener noreferrer" className="text-brand-700 underline">
                  Official exam guide for {c.exam.code}
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
