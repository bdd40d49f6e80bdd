import "server-only";

import { after } from "next/server";
import { createTransport, type Transporter } from "nodemailer";

import { emailEnabled, getEnv, mailFrom } from "@/lib/env";

import type { MailMessage } from "./messages";

/**
 * Sends mail over SMTP_URL with nodemailer. Without SMTP_URL in development, each mail is printed
 * to the server log instead (links included), so `npm run dev` works on a laptop; in tests without
 * SMTP_URL mails are dropped; in production lib/env.ts refuses to start without SMTP_URL unless
 * EMAIL_DISABLED=1.
 */

let transport: { url: string; transporter: Transporter } | undefined;

function smtp(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: createTransport(url) };
  return transport.transporter;
}

/** Sends one mail now. Throws when the SMTP server refuses it. */
async function sendMail(message: MailMessage): Promise<void> {
  const env = getEnv();
  if (!emailEnabled(env)) return;
  if (env.SMTP_URL) {
    await smtp(env.SMTP_URL).sendMail({ from: mailFrom(env), ...message });
    return;
  }
  if (env.NODE_ENV === "development") {
    console.info(
      `\n[mail] (SMTP_URL is not set: printed here instead of sent)\nFrom: ${mailFrom(env)}\nTo: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n[mail] end\n`,
    );
  }
}

/**
 * Sends after the response has gone out (Next's `after`), so the time a request takes does not
 * tell whether a mail was sent (whether an account exists) and a slow SMTP server never holds
 * up a page. A failure is logged without the mail's content: it may hold a single-use link.
 */
export function sendMailLater(message: MailMessage): void {
  after(async () => {
    try {
      await sendMail(message);
    } catch (error) {
      console.error(
        `[mail] could not send "${message.subject}": ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  });
}
