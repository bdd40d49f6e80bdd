import { getCurrentUser } from "@/lib/auth";
import { getPlanProgress } from "@/lib/data/plan";

export const dynamic = "force-dynamic";

/**
 * The signed-in user's statuses and notes as JSON: the plan page's query reads it again in the
 * browser when its data has gone stale (app/(app)/plan/[cert]/_components/plan-query.ts).
 */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) {
    return Response.json(
      { error: "Sign in to see your plan." },
      { status: 401, headers: { "Cache-Control": "no-store" } },
    );
  }
  return Response.json(await getPlanProgress(user.id), {
    headers: { "Cache-Control": "private, no-store" },
  });
}
