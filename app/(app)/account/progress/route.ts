import { getCurrentUser } from "@/lib/auth";
import { certifications } from "@/lib/curriculum";
import { CERT_IDS } from "@/lib/curriculum/types";
import { getProgressExport } from "@/lib/data/portability";
import { attemptsToCsv } from "@/lib/portability/attempts";
import { toCsv, toJsonExport } from "@/lib/portability/progress-file";
import { requestNow } from "@/lib/clock/request";

export const dynamic = "force-dynamic";

const DOMAIN_TITLES: Record<string, string> = Object.fromEntries(
  CERT_IDS.flatMap((cert) =>
    certifications[cert].versions.flatMap((v) => v.domains.map((d) => [d.id, d.title])),
  ),
);

/**
 * Progress export: `?format=csv` (one row per item), `?format=json` (re-importable, with practice
 * attempts and exam results) or `?format=attempts-csv` (one row per attempt).
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to export your progress." }, { status: 401 });
  const asked = new URL(request.url).searchParams.get("format");
  const format = asked === "csv" || asked === "attempts-csv" ? asked : "json";
  const now = await requestNow();
  const { exams, items, review, attempts } = await getProgressExport(user.id, now, user.timeZone);
  const date = now.toISOString().slice(0, 10);
  const body =
    format === "csv"
      ? `\uFEFF${toCsv(items)}`
      : format === "attempts-csv"
        ? `\uFEFF${attemptsToCsv(attempts, DOMAIN_TITLES)}`
        : JSON.stringify(toJsonExport(items, now, exams, review, attempts), null, 2);
  const file =
    format === "attempts-csv"
      ? `aws-study-planner-practice-${date}.csv`
      : `aws-study-planner-progress-${date}.${format}`;
  return new Response(body, {
    headers: {
      "Content-Type": format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file}"`,
      "Cache-Control": "no-store",
    },
  });
}
