import { decode, encode } from "next-auth/jwt";
import { EncryptJWT } from "jose";
import { describe, expect, it } from "vitest";

import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token";
import { authSecret } from "@/lib/env";

// decodeSessionToken() re-implements next-auth 4's decode() with the derived key cached;
// these tests hold it to next-auth's own answers so an upgrade that changes the format fails here.
describe("decodeSessionToken", () => {
  const claims = {
    sub: "0b8f1f5e-8f52-4bd4-9b0f-1c4c2f0d6a11",
    sv: 3,
    email: "someone@example.com",
    tz: "Europe/Berlin",
  };

  it("reads a cookie written by next-auth's encode() exactly as next-auth's decode() does", async () => {
    const token = await encode({ token: claims, secret: authSecret() });
    const ours = await decodeSessionToken(token);
    expect(ours).toEqual(await decode({ token, secret: authSecret() }));
    expect(ours).toMatchObject(claims);
  });

  it("writes cookies next-auth's decode() accepts, and reads them back (many times, from the cached key)", async () => {
    const token = await encodeSessionToken(claims);
    expect(await decode({ token, secret: authSecret() })).toMatchObject(claims);
    for (let i = 0; i < 3; i++) expect(await decodeSessionToken(token)).toMatchObject(claims);
  });

  it("refuses a token made with another secret, a tampered token, garbage and nothing", async () => {
    const foreign = await encode({
      token: claims,
      secret: "another secret of the same length, but not ours",
    });
    expect(await decodeSessionToken(foreign)).toBeNull();
    const token = await encodeSessionToken(claims);
    const parts = token.split(".");
    const body = parts[3]!;
    parts[3] = `${body.slice(0, -2)}${body.endsWith("AA") ? "BB" : "AA"}`;
    expect(await decodeSessionToken(parts.join("."))).toBeNull();
    expect(await decodeSessionToken("not a token")).toBeNull();
    expect(await decodeSessionToken(undefined)).toBeNull();
    expect(await decodeSessionToken("")).toBeNull();
  });

  it("refuses an expired token, with next-auth's 15 seconds of clock tolerance", async () => {
    // Expired 10 s ago: still inside the tolerance, like next-auth.
    const recent = await encode({ token: claims, secret: authSecret(), maxAge: -10 });
    expect(await decodeSessionToken(recent)).toMatchObject(claims);
    // Expired a minute ago: refused by both.
    const old = await encode({ token: claims, secret: authSecret(), maxAge: -60 });
    expect(await decodeSessionToken(old)).toBeNull();
    await expect(decode({ token: old, secret: authSecret() })).rejects.toThrow();
  });

  it("refuses a token encrypted with a key derived some other way", async () => {
    const wrongKey = new Uint8Array(32).fill(7);
    const token = await new EncryptJWT(claims)
      .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
      .setExpirationTime("1h")
      .encrypt(wrongKey);
    expect(await decodeSessionToken(token)).toBeNull();
  });
});
