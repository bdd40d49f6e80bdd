import { CERT_IDS, certifications, skillAreas, type CertId, type SkillLevel } from "@/lib/curriculum";
import { SKILL_LEVEL_MAX, skillLevelLabel, skillLevelRank } from "@/lib/guide";

/** The level as a word, plus a bar of filled vs hollow segments (readable without colour). */
function LevelMeter({ level }: { level: SkillLevel }) {
  const rank = skillLevelRank(level);
  return (
    <span className="flex flex-col items-start gap-1 sm:flex-row sm:items-center sm:gap-2">
      <span aria-hidden="true" className="flex gap-0.5">
        {Array.from({ length: SKILL_LEVEL_MAX }, (_, i) => (
          <span
            key={i}
            className={`h-3 w-3 rounded-sm border sm:w-4 ${
              i < rank ? "border-brand-700 bg-brand-600" : "border-slate-400 bg-white"
            }`}
          />
        ))}
      </span>
      <span>{skillLevelLabel(level)}</span>
    </span>
  );
}

/** The article's skills comparison: how much each exam asks of seven skill areas (on /choose and /exams). */
export function SkillsTable({
  highlight = [],
  headingLevel = 3,
}: {
  /** The exam the guide picked, marked "your pick" (only when it picked one). */
  highlight?: readonly CertId[];
  headingLevel?: 2 | 3;
}) {
  const marked = highlight.length === 1;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-3">
      <Heading className={headingLevel === 2 ? "text-lg font-semibold" : "text-xl font-semibold"}>
        What each exam asks of you
      </Heading>
      <div
        role="region"
        aria-label="Skills comparison table (scrolls sideways on small screens)"
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-slate-200"
      >
        <table className="w-full min-w-[18rem] border-collapse text-left text-sm sm:text-base">
          <caption className="px-2 py-3 text-left text-sm text-slate-600 sm:px-4">
            Skills comparison: how much each associate exam asks of seven skill areas, from low to very high.
          </caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-2 py-3 font-semibold sm:px-4">
                Skill area
              </th>
              {CERT_IDS.map((cert) => (
                <th key={cert} scope="col" className="px-2 py-3 font-semibold sm:px-4">
                  <span className="block">{certifications[cert].shortName}</span>{" "}
                  <span className="block text-sm font-medium text-slate-600">Associate</span>
                  {marked && highlight.includes(cert) ? (
                    <>
                      {" "}
                      <span className="mt-1 block w-fit whitespace-nowrap rounded-full border border-brand-600 px-2 text-xs font-medium text-brand-700">
                        your pick
                      </span>
                    </>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {skillAreas.map((area) => (
              <tr key={area.id} className="border-t border-slate-200">
                <th scope="row" className="px-2 py-3 font-medium sm:px-4">
                  {area.name}
                </th>
                {CERT_IDS.map((cert) => (
                  <td key={cert} className="px-2 py-3 sm:px-4">
                    <LevelMeter level={area.levels[cert]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
