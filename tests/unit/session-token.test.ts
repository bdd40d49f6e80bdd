import { createCipheriv, randomBytes } from "node:crypto";

import { decode, encode } from "next-auth/jwt";
import type * as NextAuthJwt from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";

import { decodeSessionToken, encodeSessionToken, hasIssuedHeader } from "@/lib/auth/session-token";
import { authSecret } from "@/lib/env";

// Counts the calls to next-auth's decode(), to show which tokens never reach it.
vi.mock("next-auth/jwt", async (importOriginal) => {
  const original = await importOriginal<typeof NextAuthJwt>();
  return { ...original, decode: vi.fn(original.decode) };
});

/** A compact JWE with this protected header, encrypted (AES-256-GCM) under `key`: what a forger can send. */
function jwe(header: object, claims: object, key: Buffer = randomBytes(32)): string {
  const protectedHeader = Buffer.from(JSON.stringify(header)).toString("base64url");
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(protectedHeader, "ascii"));
  const body = Buffer.concat([cipher.update(JSON.stringify(claims)), cipher.final()]);
  return [
    protectedHeader,
    "",
    iv.toString("base64url"),
    body.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
  ].join(".");
}

// decodeSessionToken() is next-auth's own decode() behind a check of the JWE header; these tests
// run next-auth's decode() on the same tokens, so an upgrade that changes the format fails here.
describe("decodeSessionToken", () => {
  const claims = { sub: "0b8f1f5e-8f52-4bd4-9b0f-1c4c2f0d6a11", sid: "abc", email: "someone@example.com" };

  it("reads a cookie written by next-auth's encode() exactly as next-auth's decode() does", async () => {
    const token = await encode({ token: claims, secret: authSecret() });
    const ours = await decodeSessionToken(token);
    expect(ours).toEqual(await decode({ token, secret: authSecret() }));
    expect(ours).toMatchObject(claims);
  });

  it("writes cookies next-auth's decode() accepts, with the header next-auth writes", async () => {
    const token = await encodeSessionToken(claims);
    expect(await decode({ token, secret: authSecret() })).toMatchObject(claims);
    expect(JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString())).toEqual({
      alg: "dir",
      enc: "A256GCM",
    });
    expect(await decodeSessionToken(token)).toMatchObject(claims);
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
    const recent = await encode({ token: claims, secret: authSecret(), maxAge: -10 });
    expect(await decodeSessionToken(recent)).toMatchObject(claims);
    const old = await encode({ token: claims, secret: authSecret(), maxAge: -60 });
    expect(await decodeSessionToken(old)).toBeNull();
    await expect(decode({ token: old, secret: authSecret() })).rejects.toThrow();
  });

  it("refuses a token encrypted with a key derived some other way", async () => {
    const token = jwe({ alg: "dir", enc: "A256GCM" }, { ...claims, exp: 4_102_444_800 });
    expect(await decodeSessionToken(token)).toBeNull();
  });

  it("never starts decrypting a token whose header asks for another algorithm", async () => {
    // jose (inside next-auth's decode) accepts up to 10,000 PBKDF2 iterations: ~7 ms of CPU per
    // forged cookie before it can fail. Ours refuses the header without calling decode() at all.
    const pbes2 = { alg: "PBES2-HS512+A256KW", enc: "A256GCM", p2c: 10_000, p2s: "c2FsdHNhbHRzYWx0c2FsdA" };
    const forged = jwe(pbes2, claims);
    vi.mocked(decode).mockClear();
    expect(await decodeSessionToken(forged)).toBeNull();
    expect(decode).not.toHaveBeenCalled();
    expect(await decodeSessionToken(await encodeSessionToken(claims))).toMatchObject(claims);
    expect(decode).toHaveBeenCalledTimes(1);
    for (const header of [
      pbes2,
      { alg: "A256KW", enc: "A256GCM" },
      { alg: "dir", enc: "A128CBC-HS256" },
      { alg: "dir", enc: "A256GCM", zip: "DEF" },
      { enc: "A256GCM", alg: "dir" },
    ]) {
      expect(hasIssuedHeader(jwe(header, claims)), JSON.stringify(header)).toBe(false);
    }
    expect(hasIssuedHeader(jwe({ alg: "dir", enc: "A256GCM" }, claims))).toBe(true);
  });
});
