import type { ExamVersion, Item } from "@/lib/curriculum/types";

import { formatDay } from "@/app/_components/format";
import { ExternalLink } from "@/app/_components/external-link";

/** "dva-c03-3.2" → "3.2". */
function taskNumber(id: string): string {
  return id.replace(/^[a-z]+-c\d{2}-/, "");
}

/**
 * "What changed": the additions, weight changes, moves and merges of an exam
 * version against the one it replaced, from AWS's comparison (in our words),
 * with the plan's new topics for each addition. Used on the plan page (with
 * links to the items) and on /exams.
 */
export function VersionChanges({
  version,
  previous,
  items,
  itemHref,
  headingLevel = 2,
}: {
  version: ExamVersion;
  previous: ExamVersion;
  /** The curriculum; the topics added for this version are picked from it. */
  items: readonly Item[];
  /** Where an item's title links to; without it titles are plain text. */
  itemHref?: (itemId: string) => string;
  headingLevel?: 2 | 3;
}) {
  const changes = version.changes;
  if (!changes) return null;
  const code = version.exam.code;
  const H = headingLevel === 3 ? "h3" : "h2";
  const Sub = headingLevel === 3 ? "h4" : "h3";
  const tasks = new Map(
    [...previous.domains, ...version.domains].flatMap((d) => d.taskStatements.map((t) => [t.id, t.title])),
  );
  const newItems = items.filter((item) => item.versions?.includes(code));
  const headingId = `what-changed-${code.toLowerCase()}`;

  return (
    <section
      id="what-changed"
      aria-labelledby={headingId}
      className="scroll-mt-24 space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <div className="space-y-1">
        <H id={headingId} className="text-lg font-semibold">
          What changed in {code}
        </H>
        <p className="text-slate-700">
          {code} replaces {previous.exam.code}
          {previous.lastExamDate ? ` (last exam day ${formatDay(previous.lastExamDate)})` : ""}
          {version.firstExamDate ? ` for exams from ${formatDay(version.firstExamDate)}` : ""}. The format
          stays the same: {version.exam.questions} questions, {version.exam.minutes} minutes,{" "}
          {version.exam.passingScore} to pass. Ticks and notes carry over; only the topics and weights move.
        </p>
      </div>

      <div className="space-y-2">
        <Sub className="font-semibold">Domain weights</Sub>
        <div
          role="region"
          aria-label="Domain weights (scrolls sideways on small screens)"
          tabIndex={0}
          className="overflow-x-auto"
        >
          <table className="w-full min-w-[28rem] text-left text-sm">
            <caption className="sr-only">
              Domain weights of {previous.exam.code} and {code}
            </caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-3 font-medium">
                  Domain
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  {previous.exam.code}
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  {code}
                </th>
              </tr>
            </thead>
            <tbody>
              {version.domains.map((domain, index) => {
                const before = previous.domains[index];
                const renamed = before && before.title !== domain.title;
                return (
                  <tr key={domain.id} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      {index + 1}. {domain.title}
                      {renamed ? <span className="text-slate-600"> (was “{before.title}”)</span> : null}
                    </th>
                    <td className="py-2 pr-3 text-right tabular-nums">
                      {before ? `${before.weight}%` : "–"}
                    </td>
                    <td className="py-2 text-right font-medium tabular-nums">{domain.weight}%</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>

      <div className="space-y-2">
        <Sub className="font-semibold">Added</Sub>
        <ul className="space-y-4">
          {changes.added.map((added) => {
            const topics = newItems.filter((item) => item.taskStatements.includes(added.taskStatement));
            return (
              <li key={added.taskStatement} className="space-y-1">
                <p className="font-medium">
                  {added.newTask ? "New task " : "Task "}
                  {taskNumber(added.taskStatement)}: {tasks.get(added.taskStatement)}
                </p>
                <ul className="ml-5 list-disc space-y-1 text-sm text-slate-700">
                  {added.skills.map((skill) => (
                    <li key={skill}>{skill}</li>
                  ))}
                </ul>
                {topics.length > 0 ? (
                  <p className="text-sm">
                    <span className="text-slate-600">New in the plan: </span>
                    {topics.map((item, i) => (
                      <span key={item.id}>
                        {i > 0 ? ", " : ""}
                        {itemHref ? (
                          <a href={itemHref(item.id)} className="text-brand-700 underline">
                            {item.title}
                          </a>
                        ) : (
                          item.title
                        )}
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </div>

      {changes.moved.length > 0 ? (
        <div className="space-y-2">
          <Sub className="font-semibold">Moved (same scope, new place)</Sub>
          <div
            role="region"
            aria-label="Moved content (scrolls sideways on small screens)"
            tabIndex={0}
            className="overflow-x-auto"
          >
            <table className="w-full min-w-[28rem] text-left text-sm">
              <caption className="sr-only">Content that moved between task statements</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2 pr-3 font-medium">
                    What
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {previous.exam.code}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    {code}
                  </th>
                </tr>
              </thead>
              <tbody>
                {changes.moved.map((moved) => (
                  <tr key={moved.what} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      {moved.what}
                    </th>
                    <td className="py-2 pr-3 whitespace-nowrap">Task {taskNumber(moved.from)}</td>
                    <td className="py-2 whitespace-nowrap">Task {taskNumber(moved.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}

      {changes.merged.length > 0 ? (
        <div className="space-y-2">
          <Sub className="font-semibold">Merged (fewer, broader skills; no less emphasis)</Sub>
          <ul className="space-y-1 text-sm text-slate-700">
            {changes.merged.map((merged) => (
              <li key={merged.area}>
                <span className="font-medium text-slate-900">{merged.area}:</span> {merged.before} →{" "}
                {merged.after}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <p className="text-sm text-slate-600">
        Source: <ExternalLink href={changes.source.url}>{changes.source.title}</ExternalLink>
      </p>
    </section>
  );
}
