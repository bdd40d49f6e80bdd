import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server in the test process (smtp-server), so the app's nodemailer transport talks
 * SMTP exactly as it would to a real one; every message is parsed with mailparser.
 */
export interface Mailbox {
  url: string;
  messages: ParsedMail[];
  /** The messages sent to this address, oldest first. */
  to(address: string): ParsedMail[];
  /** Waits for the n-th message to this address (1-based), up to `timeoutMs`. */
  waitFor(address: string, n?: number, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((t) => t.value.map((v) => (v.address ?? "").toLowerCase()));
}

export async function startMailServer(): Promise<Mailbox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const to = (a: string) => messages.filter((m) => recipients(m).includes(a.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to,
    async waitFor(a, n = 1, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = to(a)[n - 1];
        if (found) return found;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`no mail #${n} to ${a} within ${timeoutMs} ms (have ${to(a).length})`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's text that starts with this path, e.g. "/reset-password". */
export function linkIn(mail: ParsedMail, path: string): URL {
  const match = (mail.text ?? "").match(new RegExp(`https?://[^\\s]+${path.replace("/", "\\/")}[^\\s]*`));
  if (!match) throw new Error(`no ${path} link in mail "${mail.subject}":\n${mail.text}`);
  return new URL(match[0]);
}
