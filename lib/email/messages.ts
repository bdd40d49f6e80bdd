/**
 * The mails the app sends, as plain text plus simple HTML. Pure: the caller supplies the links.
 * No mail ever contains a password.
 */

const APP_NAME = "AWS Study Planner";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

type Block = string | { link: string; label: string };

function compose(to: string, subject: string, blocks: Block[]): MailMessage {
  const text = [
    ...blocks.map((b) => (typeof b === "string" ? b : `${b.label}:\n${b.link}`)),
    `— ${APP_NAME}`,
  ].join("\n\n");
  const body = blocks
    .map((b) =>
      typeof b === "string"
        ? `<p>${escapeHtml(b)}</p>`
        : `<p><a href="${escapeHtml(b.link)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#ffffff;border-radius:6px;text-decoration:none">${escapeHtml(b.label)}</a></p>` +
          `<p style="font-size:13px;color:#475569">Or paste this address into your browser:<br>${escapeHtml(b.link)}</p>`,
    )
    .join("\n");
  const html = `<!doctype html>
<html lang="en"><body style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#0f172a;line-height:1.5;max-width:560px;margin:0 auto;padding:24px">
<p style="font-weight:600;color:#1d4ed8">${APP_NAME}</p>
${body}
<p style="font-size:13px;color:#475569">— ${APP_NAME}</p>
</body></html>`;
  return { to, subject: `${subject} · ${APP_NAME}`, text, html };
}

/** "a***e@example.com": enough for the owner to recognise, not enough to read it off a screen. */
function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  const local = email.slice(0, at);
  const shown = local.length <= 2 ? `${local[0]}***` : `${local[0]}***${local.at(-1)}`;
  return `${shown}${email.slice(at)}`;
}

export function passwordResetMail(to: string, link: string, validMinutes: number): MailMessage {
  return compose(to, "Reset your password", [
    `Someone, hopefully you, asked to reset the password of the ${APP_NAME} account for ${to}.`,
    { label: "Choose a new password", link },
    `The link works once, for ${validMinutes} minutes. If you did not ask for it, ignore this mail: your password stays as it is.`,
  ]);
}

export function verifyEmailMail(to: string, link: string, validHours: number): MailMessage {
  return compose(to, "Confirm your email address", [
    `Welcome to ${APP_NAME}. Confirm that ${to} is your address, so you can reset your password if you ever forget it.`,
    { label: "Confirm my email address", link },
    `The link works for ${validHours} hours. If you did not create an account, ignore this mail.`,
  ]);
}

export function existingAccountMail(to: string, signInLink: string, resetLink: string): MailMessage {
  return compose(to, "You already have an account", [
    `Someone, hopefully you, tried to create a ${APP_NAME} account for ${to}. You already have one, so nothing was created.`,
    { label: "Sign in", link: signInLink },
    { label: "Forgot your password? Reset it", link: resetLink },
    "If this was not you, ignore this mail: nothing has changed.",
  ]);
}

export function changeEmailMail(to: string, link: string, validHours: number): MailMessage {
  return compose(to, "Confirm your new email address", [
    `You asked to use ${to} for your ${APP_NAME} account from now on.`,
    { label: "Confirm the new address", link },
    `The link works for ${validHours} hours. Until you confirm, your account keeps its current address. If you did not ask for this, ignore this mail.`,
  ]);
}

export function emailChangedMail(to: string, newEmail: string): MailMessage {
  return compose(to, "Your email address was changed", [
    `The ${APP_NAME} account that used ${to} now uses ${maskEmail(newEmail)}: sign-in and mail about the account go there from now on.`,
    "The change needed the account's password and a link sent to the new address. If you did not make it, someone else knows your password.",
  ]);
}
