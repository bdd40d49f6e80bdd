import { certifications, itemsForVersion } from "@/lib/curriculum";
import { detailsParams, findVersion, planDetails } from "@/lib/plan/details";

/**
 * The details of an exam version's plan items (summary, services, minutes, links, task statements)
 * as JSON, for the plan page's Details and search (ADR 038). Public, static curriculum data: every
 * version is built at build time, and browsers may keep an answer for an hour.
 */
export const dynamic = "force-static";

export function generateStaticParams() {
  return detailsParams(certifications);
}

/** Browsers keep it for an hour: a deploy that edits a summary reaches everyone within that. */
const CACHE_CONTROL = "public, max-age=3600";

export async function GET(_request: Request, { params }: RouteContext<"/api/curriculum/[cert]/[version]">) {
  const { cert, version: slug } = await params;
  const version = findVersion(certifications, cert, slug);
  if (!version) {
    return Response.json(
      { error: "There is no such exam version." },
      { status: 404, headers: { "Cache-Control": "no-store" } },
    );
  }
  return Response.json(planDetails(version, itemsForVersion(version)), {
    headers: { "Cache-Control": CACHE_CONTROL },
  });
}
