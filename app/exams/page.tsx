import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

import {
  bothStrategy,
  certificationLevels,
  certifications,
  difficultyByBackground,
  difficultyCommonGround,
  items,
  newestExam,
  newestVersion,
  previousVersion,
} from "@/lib/curriculum";
import { formatDay } from "@/app/_components/format";
import { SkillsTable } from "@/app/_components/skills-table";
import { VersionChanges } from "@/app/_components/version-changes";
import { CERT_IDS, type CertId } from "@/lib/curriculum/types";

export const metadata: Metadata = {
  title: "Solutions Architect vs Developer – Associate",
  description:
    "The two AWS associate exams side by side: focus, services, skills, depth, question types, coding, roles, career paths and pay.",
};

type ListField =
  | "focusAreas"
  | "coreServices"
  | "skills"
  | "technicalDepth"
  | "problemTypes"
  | "examChallenges"
  | "roles"
  | "idealFor"
  | "chooseIf"
  | "careerNotes"
  | "salaryNotes";

const ROWS: { field: ListField; title: string; intro: string }[] = [
  { field: "focusAreas", title: "What the exam emphasises", intro: "The focus areas." },
  { field: "coreServices", title: "Core services", intro: "The AWS services you are expected to know well." },
  { field: "skills", title: "Skills you need", intro: "What people in the role typically bring." },
  { field: "technicalDepth", title: "Where it goes deep", intro: "Technical depth beyond the other exam." },
  {
    field: "problemTypes",
    title: "Typical questions",
    intro: "The kind of scenario a question puts to you.",
  },
  { field: "examChallenges", title: "What people find hard", intro: "Reported difficulties." },
  { field: "roles", title: "Typical job titles", intro: "Roles this certification supports." },
  { field: "idealFor", title: "A natural fit for", intro: "Backgrounds that suit it." },
  { field: "chooseIf", title: "Choose it if", intro: "Signs this is your exam." },
  { field: "careerNotes", title: "How the role works", intro: "What the career looks like." },
  {
    field: "salaryNotes",
    title: "Pay",
    intro: "What the market tends to pay (no figures: they vary by region and experience).",
  },
];

function Bullets({ items }: { items: readonly string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5 text-slate-800">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * One topic of the comparison: a row with the topic as its header and one cell per
 * exam. On phones the table stacks (each cell names its exam); from `md` up it is a
 * two-column table whose exam headers stay in view while you scroll.
 */
function Row({
  title,
  intro,
  render,
}: {
  title: string;
  intro: string;
  render: (cert: CertId) => ReactNode;
}) {
  return (
    <tr role="row" className="block border-t border-slate-200 md:table-row">
      <th
        scope="row"
        role="rowheader"
        className="block px-0 pt-5 pb-2 text-left align-top md:table-cell md:w-48 md:py-5 md:pr-4"
      >
        <span className="block font-semibold text-slate-900">{title}</span>
        <span className="block text-sm font-normal text-slate-600">{intro}</span>
      </th>
      {CERT_IDS.map((cert) => (
        <td key={cert} role="cell" className="block space-y-2 pb-4 align-top md:table-cell md:py-5 md:pr-4">
          <span className="block text-sm font-semibold text-brand-700 md:sr-only">
            {certifications[cert].shortName}
          </span>
          {render(cert)}
        </td>
      ))}
    </tr>
  );
}

export default function ExamsPage() {
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Solutions Architect vs Developer – Associate</h1>
        <p className="max-w-3xl text-lg text-slate-700">
          Both associate certifications prove you know AWS&apos;s core services, but they ask different
          questions.{" "}
          {CERT_IDS.map(
            (cert) => `${certifications[cert].shortName}: “${certifications[cert].question}”`,
          ).join(" ")}
        </p>
        <p>
          <Link href="/choose" className="text-brand-700 underline">
            Not sure which fits you? Answer eight questions
          </Link>
        </p>
      </header>

      <table role="table" className="block w-full border-collapse text-left md:table md:table-fixed">
        <caption className="block pb-2 text-left text-sm text-slate-600 md:table-caption">
          The two associate exams side by side, topic by topic.
        </caption>
        <thead className="hidden md:table-header-group">
          <tr>
            <th
              scope="col"
              className="sticky top-0 z-10 w-48 bg-slate-50 py-3 pr-4 text-sm font-medium text-slate-600 shadow-[inset_0_-2px_0_var(--color-slate-300)]"
            >
              Topic
            </th>
            {CERT_IDS.map((cert) => (
              <th
                key={cert}
                scope="col"
                className="sticky top-0 z-10 bg-slate-50 py-3 pr-4 text-base font-semibold shadow-[inset_0_-2px_0_var(--color-brand-600)]"
              >
                {certifications[cert].shortName} – Associate ({newestExam(cert).code})
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="block md:table-row-group">
          <Row
            title="The exams"
            intro="From AWS's official exam guides: the newest version of each exam."
            render={(cert) => {
              const { summary } = certifications[cert];
              const version = newestVersion(certifications[cert]);
              const { exam } = version;
              const replaced = previousVersion(certifications[cert], version);
              return (
                <>
                  <p className="text-slate-800">{summary}</p>
                  <p className="text-slate-800">
                    {exam.code}: {exam.questions} questions ({exam.scoredQuestions} scored), {exam.minutes}{" "}
                    minutes, scaled score {exam.scoreMin}–{exam.scoreMax} with {exam.passingScore} to pass,{" "}
                    {exam.questionTypes.join(" and ")}.{" "}
                    <a
                      href={exam.examGuide.url}
                      className="text-brand-700 underline"
                      rel="noopener noreferrer"
                      target="_blank"
                    >
                      Official exam guide
                    </a>
                  </p>
                  {version.firstExamDate && replaced?.lastExamDate ? (
                    <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
                      {exam.code} is the exam from {formatDay(version.firstExamDate)}. It replaced{" "}
                      {replaced.exam.code}, retired after its last exam day,{" "}
                      {formatDay(replaced.lastExamDate)}.{" "}
                      <a href="#what-changed" className="underline">
                        What changed
                      </a>
                    </p>
                  ) : null}
                  <ul className="space-y-1 text-sm text-slate-800">
                    {version.domains.map((d) => (
                      <li key={d.id}>
                        {d.title}: {d.weight}%
                      </li>
                    ))}
                  </ul>
                </>
              );
            }}
          />
          {ROWS.slice(0, 6).map((row) => (
            <Row
              key={row.field}
              title={row.title}
              intro={row.intro}
              render={(cert) => <Bullets items={certifications[cert][row.field]} />}
            />
          ))}
          <Row
            title="How much coding"
            intro="The level of programming each exam expects."
            render={(cert) => (
              <p className="text-slate-800">
                <strong className="capitalize">{certifications[cert].codingLevel.level}.</strong>{" "}
                {certifications[cert].codingLevel.description}
              </p>
            )}
          />
          {ROWS.slice(6, 9).map((row) => (
            <Row
              key={row.field}
              title={row.title}
              intro={row.intro}
              render={(cert) => <Bullets items={certifications[cert][row.field]} />}
            />
          ))}
          <Row
            title="Career path"
            intro="A typical progression, and who you work with or specialise in."
            render={(cert) => {
              const c = certifications[cert];
              return (
                <>
                  <ol className="list-decimal space-y-1 pl-5 text-slate-800">
                    {c.careerLadder.map((step) => (
                      <li key={step}>{step}</li>
                    ))}
                  </ol>
                  {c.collaborators?.length ? (
                    <p className="text-sm text-slate-700">
                      Works closely with: {c.collaborators.join(", ")}.
                    </p>
                  ) : null}
                  {c.specializations?.length ? (
                    <p className="text-sm text-slate-700">
                      Often specialises in: {c.specializations.join(", ")}.
                    </p>
                  ) : null}
                  <Bullets items={c.careerNotes} />
                </>
              );
            }}
          />
          <Row
            key="salaryNotes"
            title={ROWS[10]!.title}
            intro={ROWS[10]!.intro}
            render={(cert) => <Bullets items={certifications[cert].salaryNotes} />}
          />
        </tbody>
      </table>

      <SkillsTable headingLevel={2} />

      {CERT_IDS.map((cert) => {
        const version = newestVersion(certifications[cert]);
        const previous = previousVersion(certifications[cert], version);
        return previous ? (
          <VersionChanges key={cert} version={version} previous={previous} items={items} />
        ) : null;
      })}

      <section className="space-y-3 border-t border-slate-200 pt-6">
        <h2 className="text-lg font-semibold">Taking both</h2>
        <p className="text-slate-800">{bothStrategy.summary}</p>
        <ol className="list-decimal space-y-1 pl-5 text-slate-800">
          {bothStrategy.order.map((s) => (
            <li key={s.cert}>
              <strong>{certifications[s.cert].shortName}:</strong> {s.why}
            </li>
          ))}
        </ol>
        <p className="text-slate-800">{bothStrategy.outcome}</p>
      </section>

      <section className="space-y-3 border-t border-slate-200 pt-6">
        <h2 className="text-lg font-semibold">Which is harder?</h2>
        <p className="text-slate-800">{difficultyCommonGround}</p>
        <ul className="space-y-2">
          {difficultyByBackground.map((note) => (
            <li key={note.background} className="text-slate-800">
              <strong>{note.background}:</strong> {note.reason}
            </li>
          ))}
        </ul>
      </section>

      <section className="space-y-3 border-t border-slate-200 pt-6">
        <h2 className="text-lg font-semibold">Where the associate level sits</h2>
        <ul className="grid gap-3 md:grid-cols-2">
          {certificationLevels.map((level) => (
            <li key={level.name} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">{level.name}</h3>
              <p className="text-sm text-slate-700">{level.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
