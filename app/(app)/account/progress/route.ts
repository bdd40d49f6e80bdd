import { getCurrentUser } from "@/lib/auth";
import { getProgressExport } from "@/lib/data/portability";
import { toCsv, toJsonExport } from "@/lib/portability/progress-file";
import { requestNow } from "@/lib/clock/request";

export const dynamic = "force-dynamic";

/** Progress export: `?format=csv` (one row per item) or `?format=json` (re-importable). */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to export your progress." }, { status: 401 });
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "json";
  const now = await requestNow();
  const { exams, items, review } = await getProgressExport(user.id, now, user.timeZone);
  const date = now.toISOString().slice(0, 10);
  const body =
    format === "csv"
      ? `\uFEFF${toCsv(items)}`
      : JSON.stringify(toJsonExport(items, now, exams, review), null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="aws-study-planner-progress-${date}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}
