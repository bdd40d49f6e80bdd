import { describe, expect, it } from "vitest";

import { clientIp, safeCallbackPath } from "@/lib/auth/request";

describe("clientIp", () => {
  it("takes the address the trusted proxy added, not one the client wrote", () => {
    const h = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientIp(h)).toBe("203.0.113.9");
    expect(clientIp(h, 2)).toBe("6.6.6.6");
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.1" }))).toBe("198.51.100.1");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});

describe("safeCallbackPath", () => {
  it.each([
    ["/plan/architect?x=1#item-a", "/plan/architect?x=1#item-a"],
    ["https://evil.example", "/dashboard"],
    ["//evil.example/x", "/dashboard"],
    ["/\\evil.example", "/dashboard"],
    ["javascript:alert(1)", "/dashboard"],
    [42, "/dashboard"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
