import { describe, expect, it, vi } from "vitest";

import { GET } from "@/app/api/health/route";
import { db } from "@/lib/db";

import { expectConsoleError } from "../support/console-guard";

describe("GET /api/health", () => {
  it("answers 200 up with the database up", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "up" });
  });

  it("answers 503 down, and tells the cause only to the server log", async () => {
    const query = vi
      .spyOn(db, "$queryRaw")
      .mockRejectedValueOnce(new Error("\nInvalid query:\nconnect ECONNREFUSED 10.0.0.5:5432"));
    expectConsoleError(/^\[health\] database unreachable/);
    try {
      const res = await GET();
      expect(res.status).toBe(503);
      const body = await res.text();
      expect(JSON.parse(body)).toEqual({ status: "down" });
      expect(body).not.toContain("ECONNREFUSED");
      expect(vi.mocked(console.error)).toHaveBeenCalledWith(
        "[health] database unreachable: connect ECONNREFUSED 10.0.0.5:5432",
      );
    } finally {
      query.mockRestore();
    }
  });
});
