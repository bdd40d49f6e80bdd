import Link from "next/link";

import { count, formatDay } from "@/app/_components/format";
import { Widget } from "@/app/_components/dashboard/widget";
import type { CertId } from "@/lib/curriculum/types";
import type { PracticeCard as PracticeCardData } from "@/lib/readiness/card";
import type { DrillItem } from "@/lib/readiness/drill";
import type {
  DomainEvidence,
  OfficialResult,
  PracticePoint,
  PracticeSummary,
} from "@/lib/readiness/evidence";
import type { Forecast } from "@/lib/readiness/forecast";
import { formatScore, SOURCE_LABELS } from "@/lib/readiness/types";

import { ReadinessExplanation } from "./readiness-explanation";
import { ScoreChart } from "./score-chart";

const linkClass = "font-medium text-brand-700 underline hover:text-brand-600";

/** The anchor of an item on its plan page. */
function itemHref(cert: CertId, itemId: string) {
  return `/plan/${cert}#item-${itemId}` as const;
}

function pct(value: number): string {
  return `${formatScore(value)} %`;
}

function lineText(percent: number, line: number): string {
  const gap = Math.round((percent - line) * 10) / 10;
  if (gap >= 0)
    return gap === 0 ? `on the ${line} % line` : `${formatScore(gap)} points above the ${line} % line`;
  return `${formatScore(-gap)} points under the ${line} % line`;
}

/** The forecast sentence; the dated one only with at least three attempts (`forecastPass`). */
function forecastText(forecast: Forecast, line: number, examDate: string | null): string {
  switch (forecast.kind) {
    case "too-few":
      return `Log ${count(forecast.needed, "more attempt")} for a forecast.`;
    case "one-day":
      return "Your attempts are all on one day: a forecast needs attempts on different days.";
    case "reached":
      return `At your current trend you are at or above ${line} % already.`;
    case "not-rising":
      return "Your scores are not rising yet, so there is no forecast date.";
    case "beyond":
      return `At your current trend, ${line} % is more than a year away.`;
    case "date": {
      const after =
        examDate && forecast.day > examDate ? ` That is after your exam date (${formatDay(examDate)}).` : "";
      return `Forecast: at your current trend you reach ${line} % around ${formatDay(forecast.day)}.${after}`;
    }
  }
}

const DIRECTION: Record<NonNullable<DomainEvidence["direction"]>, string> = {
  up: "rising",
  down: "falling",
  flat: "steady",
};

/** "58 % → 64 % (DVA-C02) → 71 %": the last five scores, the version named when it is not the card's. */
function trail(domain: Pick<DomainEvidence, "scores" | "scoreCount">, code: string): string {
  const text = domain.scores
    .map((s) => `${pct(s.percent)}${s.examCode !== code ? ` (${s.examCode})` : ""}`)
    .join(" → ");
  return domain.scoreCount > domain.scores.length ? `… → ${text}` : text;
}

function PartHeading({ children }: { children: string }) {
  return <h3 className="text-base font-semibold">{children}</h3>;
}

function pointText(point: PracticePoint): string {
  const source = point.source ? `, ${SOURCE_LABELS[point.source]}` : "";
  return `${formatDay(point.takenOn)}${source}`;
}

function ScoresPart({
  summary,
  chartId,
  examDate,
}: {
  summary: PracticeSummary;
  chartId: string;
  examDate: string | null;
}) {
  const { latest, best, passPercent } = summary;
  return (
    <div className="space-y-3">
      <PartHeading>Practice scores</PartHeading>
      {latest && best ? (
        <>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-2">
            <div className="min-w-0">
              <dt className="text-sm text-slate-600">Latest</dt>
              <dd className="text-2xl font-semibold tabular-nums">{pct(latest.percent)}</dd>
              <dd className="text-xs text-slate-600">{pointText(latest)}</dd>
              <dd className="text-xs text-slate-700">{lineText(latest.percent, passPercent)}</dd>
            </div>
            <div className="min-w-0">
              <dt className="text-sm text-slate-600">Best</dt>
              <dd className="text-2xl font-semibold tabular-nums">{pct(best.percent)}</dd>
              <dd className="text-xs text-slate-600">{pointText(best)}</dd>
              <dd className="text-xs text-slate-700">{lineText(best.percent, passPercent)}</dd>
            </div>
          </dl>
          <ScoreChart id={chartId} points={summary.points} code={summary.code} passPercent={passPercent} />
          <p className="text-sm text-slate-600">
            {`${
              summary.practiceCount > summary.points.length
                ? `Your last ${summary.points.length} of ${summary.practiceCount} attempts`
                : count(summary.practiceCount, "attempt")
            }, oldest on the left; the dashed line is the ${passPercent} % pass line. Filled dots are at or above it.`}
          </p>
          <p className="text-sm font-medium">{forecastText(summary.forecast, passPercent, examDate)}</p>
        </>
      ) : (
        <p className="text-sm text-slate-700">
          No practice exams logged yet: only real exam results so far, so there is no practice evidence yet.
        </p>
      )}
    </div>
  );
}

function DomainsPart({ summary }: { summary: PracticeSummary }) {
  const others = summary.codes.filter((c) => c !== summary.code);
  const weakest = summary.weakest;
  return (
    <div className="space-y-3">
      <PartHeading>By domain</PartHeading>
      <ul className="space-y-2">
        {summary.domains.map((domain, index) => (
          <li key={domain.id} className="text-sm">
            <span className="font-medium break-words">{`Domain ${index + 1}: ${domain.title}`}</span>{" "}
            {domain.recent === null ? (
              <span className="text-slate-600">— no practice evidence yet</span>
            ) : (
              <span className="text-slate-700">
                {`— ${trail(domain, summary.code)}${domain.direction ? ` (${DIRECTION[domain.direction]})` : ""}; average of the last ${Math.min(3, domain.scoreCount)}: ${pct(domain.recent)}`}
              </span>
            )}
            {domain.needsImprovement ? (
              <span className="ml-1 inline-block rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-950">
                Needs improvement in your exam
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <p className="text-sm text-slate-700">
          Your attempts span {others.join(", ")} and {summary.code}: scores for a {others.join(", ")} domain
          count for the {summary.code} domain of the same name.
        </p>
      ) : null}
      {summary.apart.map((domain) => (
        <p key={domain.id} className="text-sm text-slate-700">
          Kept apart: {domain.code}&apos;s domain &ldquo;{domain.title}&rdquo; has no domain of that name in{" "}
          {summary.code}, so its scores
          {domain.scores.length > 0 ? ` (${domain.scores.map((x) => pct(x.percent)).join(", ")})` : ""} are
          not counted above.
        </p>
      ))}
      {weakest.length > 0 ? (
        <p className="text-sm">
          <span className="font-medium">Weakest domain by evidence:</span>{" "}
          {weakest.map((d) => `${d.title} (${pct(d.recent ?? 0)})`).join(", ")}
        </p>
      ) : (
        <p className="text-sm text-slate-700">
          Add per-domain scores to your attempts to see your weakest domain by evidence.
        </p>
      )}
    </div>
  );
}

function ResultLine({ result }: { result: OfficialResult }) {
  return (
    <>
      {formatDay(result.takenOn)} ({result.examCode}): {result.scaledScore} of 1000,{" "}
      {result.passed ? "passed" : "not passed"} ({result.passingScore} needed)
    </>
  );
}

function ResultsPart({ summary }: { summary: PracticeSummary }) {
  const [latest, ...older] = summary.results;
  if (!latest) return null;
  return (
    <div className="space-y-3">
      <PartHeading>Exam results</PartHeading>
      <p className="text-sm">
        <span className="font-medium">Latest:</span> <ResultLine result={latest} />.
      </p>
      {latest.retakeFrom ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950">
          Earliest retake: {formatDay(latest.retakeFrom)}
          {latest.retakeOpen ? " (you can book it now)" : " (14 days after the attempt)"}.
        </p>
      ) : null}
      {latest.needsImprovement.length > 0 ? (
        <p className="text-sm">
          <span className="font-medium">Needs improvement:</span>{" "}
          {latest.needsImprovement.map((d) => d.title).join(", ")}
        </p>
      ) : null}
      {latest.meets.length > 0 ? (
        <p className="text-sm">
          <span className="font-medium">Meets competencies:</span>{" "}
          {latest.meets.map((d) => d.title).join(", ")}
        </p>
      ) : null}
      {older.length > 0 ? (
        <ul className="list-inside list-disc text-sm text-slate-700">
          {older.map((result) => (
            <li key={result.attemptId}>
              <ResultLine result={result} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function reasonText(item: DrillItem): string {
  const { reason } = item;
  if (reason.kind === "done-before") {
    return `done ${formatDay(reason.doneOn)}, before the weak result of ${formatDay(reason.weakOn)}`;
  }
  return reason.status === "in_progress" ? "in progress" : reason.status === "skipped" ? "skipped" : "to do";
}

function DrillPart({ card, readOnly }: { card: PracticeCardData; readOnly: boolean }) {
  return (
    <div className="space-y-3">
      <PartHeading>Drill list</PartHeading>
      <p className="text-sm text-slate-700">
        Items to revisit in your weakest {card.drill.length === 1 ? "domain" : "domains"}: not done yet, or
        done before the domain&apos;s last weak result.
      </p>
      {card.drill.map((domain) => {
        const listId = `drill-${card.cert}-${domain.id}`;
        return (
          <div key={domain.id} className="space-y-2">
            <h4 id={listId} className="text-sm font-semibold">
              Drill: {domain.title}
            </h4>
            {domain.items.length === 0 ? (
              <p className="text-sm text-slate-700">
                Nothing to revisit: every item is done since the last weak result.
              </p>
            ) : (
              <ul aria-labelledby={listId} className="space-y-1">
                {domain.items.map((item) => (
                  <li key={item.id} className="text-sm">
                    {readOnly ? (
                      <span className="font-medium">{item.title}</span>
                    ) : (
                      <Link href={itemHref(card.cert, item.id)} className={linkClass}>
                        {item.title}
                      </Link>
                    )}{" "}
                    <span className="text-slate-600">({reasonText(item)})</span>
                  </li>
                ))}
              </ul>
            )}
            {domain.more > 0 ? (
              <p className="text-sm text-slate-700">
                And {count(domain.more, "more item")} in this domain
                {readOnly ? (
                  "."
                ) : (
                  <>
                    {" "}
                    in{" "}
                    <Link href={`/plan/${card.cert}`} className={linkClass}>
                      the plan
                    </Link>
                    .
                  </>
                )}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/**
 * One exam's practice evidence: latest and best against the pass line, the trend,
 * the forecast, per-domain trends, the weakest domain, real exam results and the
 * drill list. Used on the dashboard (client tree) and on /practice (server): no hooks.
 */
export function PracticeCard({
  card,
  examName,
  examDate = null,
  readOnly = false,
  showReadiness = false,
}: {
  card: PracticeCardData;
  /** The exam's short name ("Solutions Architect"): the card's name must not repeat the exam card's. */
  examName: string;
  examDate?: string | null;
  /** The public share page: scores only, no links into private pages. */
  readOnly?: boolean;
  /** /practice shows the readiness figure here; the dashboard shows it on the exam card. */
  showReadiness?: boolean;
}) {
  const { summary } = card;
  const headingId = `practice-${card.cert}-heading`;
  const hasAny = summary.points.length > 0 || summary.results.length > 0;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <header className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div className="min-w-0 space-y-1">
          <p className="text-sm font-medium text-brand-700">{`${card.code} · practice exams and results`}</p>
          <h2 id={headingId} className="text-xl font-semibold break-words">
            {`Practice exams: ${examName}`}
          </h2>
        </div>
        {readOnly ? null : (
          <Link href="/practice" className={`inline-flex min-h-11 items-center ${linkClass}`}>
            {hasAny ? "Log an attempt" : "Log your first attempt"}
            <span className="sr-only">{` for ${card.code}`}</span>
          </Link>
        )}
      </header>

      {showReadiness ? (
        <div className="space-y-2">
          <p className="text-lg font-semibold">
            Readiness: {card.readiness.percent} %{" "}
            <span className="text-sm font-normal text-slate-700">
              ({card.readiness.withEvidence} of {count(card.readiness.domains.length, "domain")} with practice
              evidence)
            </span>
          </p>
          <ReadinessExplanation />
        </div>
      ) : null}

      {!hasAny ? (
        <p className="text-slate-700">
          No practice evidence yet. Take a timed practice exam, log its score (and per-domain scores if the
          report gives them), and this card shows your trend, your weakest domain and what to drill.
        </p>
      ) : (
        <div className="grid gap-8 lg:grid-cols-2">
          <Widget title="Practice scores" level={3}>
            <ScoresPart summary={summary} chartId={`practice-chart-${card.cert}`} examDate={examDate} />
          </Widget>
          <Widget title="By domain" level={3}>
            <DomainsPart summary={summary} />
          </Widget>
          {summary.results.length > 0 ? (
            <Widget title="Exam results" level={3}>
              <ResultsPart summary={summary} />
            </Widget>
          ) : null}
          {card.drill.length > 0 ? (
            <Widget title="Drill list" level={3}>
              <DrillPart card={card} readOnly={readOnly} />
            </Widget>
          ) : null}
        </div>
      )}
    </section>
  );
}
