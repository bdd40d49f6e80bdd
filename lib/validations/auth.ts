import { z } from "zod";

import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";

export const emailField = z
  .string({ error: "Email is required." })
  .trim()
  .toLowerCase()
  .min(1, "Email is required.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter an email address like name@example.com." }));

export const newPasswordField = z
  .string({ error: "Password is required." })
  // An empty field says it is required, not that it is too short.
  .min(1, { error: "Password is required.", abort: true })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

const callbackUrl = z.string().max(2_000).optional();

export const signUpSchema = z.object({
  email: emailField,
  password: newPasswordField,
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(500).optional(),
  callbackUrl,
});

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ error: "Password is required." }).min(1, "Password is required.").max(1_000),
  callbackUrl,
});

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Current password is required." })
      .min(1, "Current password is required.")
      .max(1_000),
    newPassword: z
      .string({ error: "New password is required." })
      .min(1, "New password is required.")
      .pipe(newPasswordField),
  })
  .refine((v) => v.newPassword === "" || v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });

export const deleteAccountSchema = z.object({
  currentPassword: z
    .string({ error: "Current password is required." })
    .min(1, "Current password is required.")
    .max(1_000),
});

export const emptySchema = z.object({});

/** The token of a mailed link, posted back from the page the link opened. */
const tokenField = z.string({ error: "This link is not valid." }).min(1, "This link is not valid.").max(200);

export const passwordResetRequestSchema = z.object({ email: emailField });

export const passwordResetSchema = z.object({ token: tokenField, password: newPasswordField });

export const confirmEmailSchema = z.object({ token: tokenField });

export const changeEmailSchema = z.object({
  newEmail: emailField,
  currentPassword: z
    .string({ error: "Current password is required." })
    .min(1, "Current password is required.")
    .max(1_000),
});
