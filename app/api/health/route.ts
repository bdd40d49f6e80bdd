import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

/** Public: `{"status":"up"}` (200) or `{"status":"down"}` (503). Why it is down goes to the server log only. */
export async function GET() {
  const result = await checkDatabase();
  if (!result.up) console.error(`[health] ${result.cause}`);
  return Response.json(
    { status: result.up ? "up" : "down" },
    { status: result.up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
