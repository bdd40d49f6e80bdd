import { getCurrentUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock/request";
import { appOrigin, getCalendarText } from "@/lib/data/calendar";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

/** "Download calendar (.ics)": the signed-in user's schedule as an iCalendar file. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) {
    return new Response("Sign in to download your calendar.", {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { text, today } = await getCalendarText(
    user,
    await requestNow(),
    appOrigin(getEnv().NEXTAUTH_URL, request.url),
  );
  return new Response(text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="aws-study-plan-${today}.ics"`,
      "Cache-Control": "no-store",
    },
  });
}
