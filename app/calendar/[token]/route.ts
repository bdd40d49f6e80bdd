import { requestNow } from "@/lib/clock/request";
import { appOrigin, getCalendarText } from "@/lib/data/calendar";
import { getCalendarFeedOwner } from "@/lib/data/schedule";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Tokens are 32 base64url characters (lib/actions/schedule.ts); the address ends in ".ics". */
const FEED = /^([A-Za-z0-9_-]{32})\.ics$/;

function notFound() {
  return new Response("No calendar here: the link was turned off or replaced.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The private calendar subscription (webcal://…/calendar/<token>.ics): no session, the random
 * token is the only key, and it always reflects the current plan. Revoking or replacing the
 * link on /account makes this address answer 404.
 */
export async function GET(request: Request, { params }: RouteContext<"/calendar/[token]">) {
  const match = FEED.exec((await params).token);
  if (!match?.[1]) return notFound();
  const owner = await getCalendarFeedOwner(match[1]);
  if (!owner) return notFound();
  const { text } = await getCalendarText(
    owner,
    await requestNow(),
    appOrigin(getEnv().NEXTAUTH_URL, request.url),
  );
  return new Response(text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="aws-study-plan.ics"',
      "Cache-Control": "private, no-cache",
      "X-Robots-Tag": "noindex, nofollow",
      "Referrer-Policy": "no-referrer",
    },
  });
}
