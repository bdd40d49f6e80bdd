import { describe, expect, it } from "vitest";

import {
  ACTION_BODY_LIMIT,
  hasUnresolvableReference,
  refuseUndecodableAction,
} from "@/lib/http/action-body-guard";

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/plan/architect", {
    method: "POST",
    body,
    headers: { "next-action": "abc123", "content-type": "text/plain;charset=UTF-8", ...headers },
  });
}

function multipart(fields: Record<string, string>): Request {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const request = new Request("http://localhost/onboarding", { method: "POST", body: form });
  return new Request(request, { headers: { ...Object.fromEntries(request.headers), "next-action": "abc" } });
}

describe("the server-action body guard", () => {
  it("lets through what the browser sends: a JSON array of arguments", async () => {
    expect(await refuseUndecodableAction(post('[{"itemId":"a","status":"done"}]'))).toBeNull();
    expect(
      await refuseUndecodableAction(
        post('[{"note":"$$ costs"},"$undefined",1,"$D2026-01-01T00:00:00.000Z","$n12"]'),
      ),
    ).toBeNull();
    expect(await refuseUndecodableAction(multipart({ "0": '["$K1"]', "1_email": "a@b.example" }))).toBeNull();
  });

  it.each([
    ["invalid JSON", "[{"],
    ["not an array", '{"itemId":"a"}'],
    ["a reference to a row a plain body cannot have", '["$Q5"]'],
    ["a nested reference", '[{"a":["$@1"]}]'],
    ["an empty body", ""],
  ])("answers %s with 400", async (_label, body) => {
    expect(await refuseUndecodableAction(post(body))).toEqual({
      status: 400,
      body: "Invalid Server Action request.",
    });
  });

  it("answers a body over 1 MiB with 413, by its length header or by its text", async () => {
    const big = `["${"x".repeat(ACTION_BODY_LIMIT)}"]`;
    expect((await refuseUndecodableAction(post(big)))?.status).toBe(413);
    expect(
      (await refuseUndecodableAction(post("[]", { "content-length": String(ACTION_BODY_LIMIT + 1) })))
        ?.status,
    ).toBe(413);
  });

  it("answers a multipart body without a JSON root row, or a broken one, with 400", async () => {
    expect((await refuseUndecodableAction(multipart({ "1_email": "a@b.example" })))?.status).toBe(400);
    expect((await refuseUndecodableAction(multipart({ "0": "{not json" })))?.status).toBe(400);
    const broken = post('--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[', {
      "content-type": "multipart/form-data; boundary=xyz",
    });
    expect((await refuseUndecodableAction(broken))?.status).toBe(400);
  });

  it("tells references from escapes and special values", () => {
    expect(hasUnresolvableReference(["$T", 1])).toBe(true);
    expect(hasUnresolvableReference({ a: { b: "$F3" } })).toBe(true);
    expect(hasUnresolvableReference(["$$T", "$NaN", "$Infinity", "$-Infinity", "$-0", "plain"])).toBe(false);
  });
});
