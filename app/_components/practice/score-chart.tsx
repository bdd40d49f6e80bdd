import { formatDay } from "@/app/_components/format";
import { formatScore } from "@/lib/readiness/types";

export interface ChartPoint {
  takenOn: string;
  percent: number;
  examCode: string;
}

const WIDTH = 360;
const HEIGHT = 176;
const LEFT = 34;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 28;

/**
 * Practice scores over attempts, oldest first, against the pass line: plain SVG
 * (no chart library, no script), so it renders the same on the server and in the
 * dashboard's client tree. Attempts are spaced evenly; the first and last dates
 * label the axis. Screen readers get the name from <title> and every point from <desc>.
 */
export function ScoreChart({
  id,
  points,
  code,
  passPercent,
}: {
  /** Unique on the page: the title and description are referenced by id. */
  id: string;
  points: readonly ChartPoint[];
  /** The version the card follows; points of another version say theirs. */
  code: string;
  passPercent: number;
}) {
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (index: number) =>
    points.length === 1 ? LEFT + plotWidth / 2 : LEFT + (index * plotWidth) / (points.length - 1);
  const y = (percent: number) => TOP + plotHeight - (Math.min(100, Math.max(0, percent)) * plotHeight) / 100;
  const description = `${points.length} practice ${points.length === 1 ? "attempt" : "attempts"}, oldest first: ${points
    .map(
      (p) =>
        `${formatDay(p.takenOn)}, ${formatScore(p.percent)} %${p.examCode !== code ? ` (${p.examCode})` : ""}`,
    )
    .join("; ")}. Pass line ${passPercent} %.`;
  const first = points[0];
  const last = points[points.length - 1];

  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="h-auto w-full max-w-xl text-slate-600"
    >
      <title id={titleId}>{`Trend of practice scores, ${code}`}</title>
      <desc id={descId}>{description}</desc>
      {[0, 50, 100].map((tick) => (
        <g key={tick}>
          <line
            x1={LEFT}
            x2={WIDTH - RIGHT}
            y1={y(tick)}
            y2={y(tick)}
            className="stroke-slate-200"
            strokeWidth="1"
          />
          <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="currentColor">
            {tick}
          </text>
        </g>
      ))}
      <line
        x1={LEFT}
        x2={WIDTH - RIGHT}
        y1={y(passPercent)}
        y2={y(passPercent)}
        className="stroke-teal-700"
        strokeWidth="1.5"
        strokeDasharray="5 4"
      />
      <text
        x={LEFT - 6}
        y={y(passPercent) + 4}
        textAnchor="end"
        fontSize="11"
        fontWeight="600"
        className="fill-teal-700"
      >
        {passPercent}
      </text>
      {points.length > 1 ? (
        <polyline
          points={points.map((p, i) => `${x(i)},${y(p.percent)}`).join(" ")}
          fill="none"
          className="stroke-brand-600"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      ) : null}
      {points.map((p, i) => (
        <circle
          key={`${p.takenOn}-${i}`}
          cx={x(i)}
          cy={y(p.percent)}
          r="4"
          className={`stroke-brand-600 ${p.percent >= passPercent ? "fill-brand-600" : "fill-white"}`}
          strokeWidth="2"
        />
      ))}
      {first ? (
        <text
          x={points.length === 1 ? x(0) : LEFT}
          y={HEIGHT - 8}
          fontSize="11"
          fill="currentColor"
          textAnchor={points.length === 1 ? "middle" : "start"}
        >
          {formatDay(first.takenOn)}
        </text>
      ) : null}
      {last && points.length > 1 ? (
        <text x={WIDTH - RIGHT} y={HEIGHT - 8} textAnchor="end" fontSize="11" fill="currentColor">
          {formatDay(last.takenOn)}
        </text>
      ) : null}
    </svg>
  );
}
