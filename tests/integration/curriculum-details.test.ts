import { describe, expect, it } from "vitest";

import { GET } from "@/app/api/curriculum/[cert]/[version]/route";
import { items } from "@/lib/curriculum";

// GET /api/curriculum/<cert>/<version>: the details of a version's plan items (ADR 038). The
// expected items are picked here straight from the curriculum's data, not by the app's functions.

async function get(cert: string, version: string) {
  const response = await GET(new Request(`http://localhost/api/curriculum/${cert}/${version}`), {
    params: Promise.resolve({ cert, version }),
  });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

function idsFor(cert: string, code: string): string[] {
  return items
    .filter((item) => item.certs.some((c) => c === cert) && (!item.versions || item.versions.includes(code)))
    .map((item) => item.id);
}

describe("GET /api/curriculum/<cert>/<version>", () => {
  it("answers the architect's SAA-C03 details, cacheable, task statements of SAA-C03 only", async () => {
    const { response, body } = await get("architect", "saa-c03");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(body.code).toBe("SAA-C03");
    const details = body.items as Record<string, unknown>;
    expect(Object.keys(details)).toEqual(idsFor("architect", "SAA-C03"));
    expect(details["aws-global-infrastructure"]).toEqual({
      summary:
        "Learn how a Region is built from isolated Availability Zones and how edge locations serve CloudFront and Route 53. Practise choosing a Region by latency, data-residency rules, service availability and price.",
      services: ["AWS Regions", "Availability Zones", "Amazon CloudFront"],
      minutes: 30,
      links: [
        {
          title: "AWS Global Infrastructure",
          url: "https://aws.amazon.com/about-aws/global-infrastructure/",
        },
        {
          title: "Regions and Availability Zones",
          url: "https://aws.amazon.com/about-aws/global-infrastructure/regions_az/",
        },
      ],
      taskStatements: [
        { id: "saa-c03-1.1", title: "Design secure access to AWS resources" },
        { id: "saa-c03-2.2", title: "Design highly available and/or fault-tolerant architectures" },
      ],
    });
    // A developer-only item is not in the architect's plan.
    expect(details["dva-ai-assisted-development"]).toBeUndefined();
  });

  it("answers both developer versions, each with its own items and task statements", async () => {
    const c02 = await get("developer", "dva-c02");
    const c03 = await get("developer", "dva-c03");
    expect([c02.response.status, c03.response.status]).toEqual([200, 200]);
    expect([c02.body.code, c03.body.code]).toEqual(["DVA-C02", "DVA-C03"]);
    const c02Items = c02.body.items as Record<string, { taskStatements: unknown[] }>;
    const c03Items = c03.body.items as Record<string, { taskStatements: unknown[]; services: string[] }>;
    expect(Object.keys(c02Items)).toEqual(idsFor("developer", "DVA-C02"));
    expect(Object.keys(c03Items)).toEqual(idsFor("developer", "DVA-C03"));
    // A topic DVA-C03 added.
    expect(c02Items["dva-ai-assisted-development"]).toBeUndefined();
    expect(c03Items["dva-ai-assisted-development"]?.services).toEqual(["Amazon Q Developer"]);
    expect(c02Items["aws-global-infrastructure"]?.taskStatements).toEqual([
      { id: "dva-c02-1.1", title: "Develop code for applications hosted on AWS" },
    ]);
    expect(c03Items["aws-global-infrastructure"]?.taskStatements).toEqual([
      { id: "dva-c03-1.1", title: "Develop code for applications hosted on AWS" },
    ]);
  });

  it("answers 404 JSON for an unknown exam or version, and for a code not in lower case", async () => {
    for (const [cert, version] of [
      ["sysops", "soa-c02"],
      ["architect", "saa-c02"],
      ["architect", "dva-c03"],
      ["developer", "saa-c03"],
      ["architect", "SAA-C03"],
      ["toString", "saa-c03"],
    ] as const) {
      const { response, body } = await get(cert, version);
      expect(response.status, `${cert}/${version}`).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(body).toEqual({ error: "There is no such exam version." });
    }
  });
});
