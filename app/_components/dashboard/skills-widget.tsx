import type { CertId } from "@/lib/curriculum/types";
import { skillLevelLabel } from "@/lib/guide/skill-levels";
import { levelToPercent, type SkillCoverage } from "@/lib/progress/skills";

/** A bar for reading beside its number; the number is the accessible value. */
function Bar({ percent, tone }: { percent: number; tone: "brand" | "slate" }) {
  return (
    <span aria-hidden="true" className="mt-1 block h-2 w-full overflow-hidden rounded-full bg-slate-200">
      <span
        className={`block h-full rounded-full ${tone === "brand" ? "bg-brand-600" : "bg-slate-500"}`}
        style={{ width: `${Math.min(100, Math.max(0, percent))}%` }}
      />
    </span>
  );
}

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
                {exam.shortName} asks
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
                <span className="font-semibold tabular-nums">{skill.percent}%</span>{" "}
                <span className="text-xs whitespace-nowrap text-slate-600">
                  ({skill.done} of {skill.total})
                </span>
                <Bar percent={skill.percent} tone="brand" />
              </td>
              {exams.map((exam) => {
                const level = skill.levels[exam.cert];
                return (
                  <td key={exam.cert} className="py-2 pr-2 last:pr-0">
                    <span className="font-medium">{skillLevelLabel(level)}</span>
                    <Bar percent={levelToPercent(level)} tone="slate" />
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
