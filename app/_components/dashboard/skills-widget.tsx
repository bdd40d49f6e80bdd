import { ProgressBar } from "@/app/_components/progress-bar";
import type { CertId } from "@/lib/curriculum/types";
import { skillLevelLabel } from "@/lib/guide/skill-levels";
import { levelToPercent, type SkillCoverage } from "@/lib/progress/skills";

export function SkillsWidget({
  skills,
  exams,
}: {
  skills: SkillCoverage[];
  exams: { cert: CertId; shortName: string }[];
}) {
  return (
    <section
      aria-labelledby="skills-heading"
      className="h-full space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id="skills-heading" className="text-lg font-semibold">
        Skills
      </h2>
      <table className="w-full table-fixed border-collapse text-sm">
        <caption className="mb-3 text-left text-slate-700">
          How much of each skill area you have covered (items done), beside the level each exam asks of it.
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-left align-bottom">
            <th scope="col" className="w-[34%] py-2 pr-2 font-medium">
              Skill area
            </th>
            <th scope="col" className="py-2 pr-2 font-medium">
              Your coverage
            </th>
            {exams.map((exam) => (
              <th key={exam.cert} scope="col" className="py-2 pr-2 font-medium last:pr-0">
                {`${exam.shortName} asks`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {skills.map((skill) => (
            <tr key={skill.id} className="border-b border-slate-100 align-top last:border-0">
              <th scope="row" className="py-2 pr-2 text-left font-normal break-words">
                {skill.name}
              </th>
              <td className="py-2 pr-2">
                <span className="font-semibold tabular-nums">{`${skill.percent}%`}</span>{" "}
                <span className="text-xs whitespace-nowrap text-slate-600">{`(${skill.done} of ${skill.total})`}</span>
                {/* The figure above is the accessible value; the bar is for the eye. */}
                <ProgressBar decorative percent={skill.percent} size="sm" className="mt-1" />
              </td>
              {exams.map((exam) => {
                const level = skill.levels[exam.cert];
                return (
                  <td key={exam.cert} className="py-2 pr-2 font-medium last:pr-0">
                    {skillLevelLabel(level)}
                    <ProgressBar
                      decorative
                      percent={levelToPercent(level)}
                      size="sm"
                      tone="slate"
                      className="mt-1"
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-slate-600">
        Levels follow the exams&apos; skills comparison: Low, Medium, High, Very high. Skipped items still
        count as not covered.
      </p>
    </section>
  );
}
