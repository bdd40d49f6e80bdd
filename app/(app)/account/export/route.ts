import { getCurrentUser } from "@/lib/auth";
import { getAccountExport } from "@/lib/data/account";

export const dynamic = "force-dynamic";

/** "Export my data": a JSON download of everything the app stores about the signed-in user. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to export your data." }, { status: 401 });
  const data = await getAccountExport(user.id);
  if (!data) return Response.json({ error: "Account not found." }, { status: 404 });
  const date = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="aws-study-planner-account-${date}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
