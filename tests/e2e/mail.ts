import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * The e2e server sends real mail over SMTP (SMTP_URL in playwright.config.ts) to this SMTP server,
 * started by Playwright's global setup; each message lands as an .eml file that tests read.
 * Nothing in the app knows about it: the production build only talks SMTP.
 */

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? E2E_PORT + 5000);
export const MAIL_DIR = join(".data", `e2e-mail-${E2E_PORT}`);

export function startMailSink(): Promise<() => Promise<void>> {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        count += 1;
        writeFileSync(
          join(MAIL_DIR, `${Date.now()}-${String(count).padStart(5, "0")}.eml`),
          Buffer.concat(chunks),
        );
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(SMTP_PORT, "127.0.0.1", () =>
      resolve(() => new Promise<void>((done) => server.close(() => done()))),
    );
  });
}

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

async function inbox(): Promise<ReceivedMail[]> {
  const files = readdirSync(MAIL_DIR).sort();
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(readFileSync(join(MAIL_DIR, file)));
      const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
      return {
        to: to.flatMap((t) => t.value.map((v) => (v.address ?? "").toLowerCase())),
        subject: mail.subject ?? "",
        text: mail.text ?? "",
      };
    }),
  );
}

/** Waits for a mail to `address` whose subject starts with `subject`; returns the newest one. */
export async function waitForMail(
  address: string,
  subject: string,
  timeoutMs = 15_000,
): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await inbox()).filter(
      (m) => m.to.includes(address.toLowerCase()) && m.subject.startsWith(subject),
    );
    if (found.length) return found.at(-1)!;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail "${subject}" to ${address} within ${timeoutMs} ms`);
}

/** The first link in a mail to this path ("/reset-password"), as a path the test browser can open. */
export function linkTo(mail: ReceivedMail, path: string): string {
  const match = mail.text.match(new RegExp(`https?://[^\\s]+?(${path.replace("/", "\\/")}\\?[^\\s]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in "${mail.subject}":\n${mail.text}`);
  return match[1];
}
