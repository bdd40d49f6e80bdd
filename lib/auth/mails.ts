import "server-only";

import { sendMailLater } from "@/lib/email/mailer";
import { verifyEmailMail, type MailMessage } from "@/lib/email/messages";
import { publicOrigin } from "@/lib/env";

import { createEmailToken, TOKEN_LIFETIME_SECONDS } from "./email-tokens";
import { limits } from "./limits-instance";

export const RESET_MINUTES = TOKEN_LIFETIME_SECONDS.password_reset / 60;
export const LINK_HOURS = TOKEN_LIFETIME_SECONDS.verify_email / 3600;
export const LINK_INVALID = "This link has expired or has already been used. Ask for a new one.";

/** An absolute link for a mail, always on the configured public origin. */
export function link(path: string, token?: string, next?: string): string {
  const query = new URLSearchParams();
  if (token) query.set("token", token);
  if (next) query.set("next", next);
  const search = query.toString();
  return `${publicOrigin()}${path}${search ? `?${search}` : ""}`;
}

/**
 * Sends a mail unless this address already received its hourly share (then silently not: the
 * answer to the visitor never depends on it). Returns whether it was sent.
 */
export async function mailWithinLimit(to: string, message: () => Promise<MailMessage>): Promise<boolean> {
  const gate = await limits().mailTo.consume(to);
  if (!gate.ok) return false;
  sendMailLater(await message());
  return true;
}

/** `next`: where the new user goes after confirming and signing in (sign-up's callbackUrl). */
export async function sendVerificationMail(
  user: { id: string; email: string },
  now: Date,
  next?: string,
): Promise<boolean> {
  return mailWithinLimit(user.email, async () => {
    const token = await createEmailToken(user.id, "verify_email", user.email, now);
    return verifyEmailMail(user.email, link("/verify-email", token, next), LINK_HOURS);
  });
}
