import { describe, expect, it } from "vitest";
import type { z } from "zod";

import {
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  signInSchema,
  signUpSchema,
} from "./auth";

/** The messages per field, as the forms show them under each field. */
function fieldMessages(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? "");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

describe("an empty required field says it is required", () => {
  it.each([
    [
      "sign up",
      signUpSchema,
      { email: "", password: "" },
      { email: ["Email is required."], password: ["Password is required."] },
    ],
    [
      "sign in",
      signInSchema,
      { email: "", password: "" },
      { email: ["Email is required."], password: ["Password is required."] },
    ],
    ["forgot password", passwordResetRequestSchema, { email: "  " }, { email: ["Email is required."] }],
    [
      "reset password",
      passwordResetSchema,
      { token: "t", password: "" },
      { password: ["Password is required."] },
    ],
    [
      "change password",
      changePasswordSchema,
      { currentPassword: "", newPassword: "" },
      { currentPassword: ["Current password is required."], newPassword: ["New password is required."] },
    ],
    [
      "change email",
      changeEmailSchema,
      { newEmail: "", currentPassword: "" },
      { newEmail: ["Email is required."], currentPassword: ["Current password is required."] },
    ],
    [
      "delete account",
      deleteAccountSchema,
      { currentPassword: "" },
      { currentPassword: ["Current password is required."] },
    ],
  ])("%s", (_form, schema, input, expected) => {
    expect(fieldMessages(schema, input)).toEqual(expected);
  });

  it("says so when the field is missing from the form as well", () => {
    expect(fieldMessages(signUpSchema, {})).toEqual({
      email: ["Email is required."],
      password: ["Password is required."],
    });
  });

  it("keeps the length rule for a password that is there but short", () => {
    expect(fieldMessages(signUpSchema, { email: "a@example.com", password: "abc" })).toEqual({
      password: ["Use at least 8 characters."],
    });
    expect(fieldMessages(changePasswordSchema, { currentPassword: "x", newPassword: "abc" })).toEqual({
      newPassword: ["Use at least 8 characters."],
    });
  });
});
