import { afterAll, vi } from "vitest";

import { startMailServer, type Mailbox } from "./mail-server";
import { createTestDatabase } from "./test-database";

// Server actions read cookies and headers through next/headers; outside a Next
// request they come from the fake browser in next-request.ts.
vi.mock("next/headers", async () => (await import("./next-request")).fakeNextHeaders);
vi.mock("next/cache", async () => {
  const { browser } = await import("./next-request");
  return {
    revalidatePath: (path: string) => void browser.revalidated.push(path),
    revalidateTag: (tag: string) => void browser.revalidated.push(`tag:${tag}`),
  };
});

// Next's after(): outside a request there is no response to wait for, so the task runs at once;
// tests await settleAfterTasks() (next-request.ts) before they look at what it did.
vi.mock("next/server", async (importOriginal) => {
  const original: Record<string, unknown> = await importOriginal();
  const { trackAfterTask } = await import("./next-request");
  return { ...original, after: trackAfterTask };
});

// A real SMTP server per test file; the app sends its mails there (lib/email/mailer.ts).
const mailbox = await startMailServer();
process.env.SMTP_URL = mailbox.url;
process.env.MAIL_FROM = "AWS Study Planner <no-reply@planner.test>";
(globalThis as { __mailbox?: Mailbox }).__mailbox = mailbox;

// Every integration test file gets its own fresh, migrated database. The app's
// `db` (lib/db.ts) picks up the client placed on globalThis here.
const testDb = await createTestDatabase();
(globalThis as { __studyPlannerDb?: unknown }).__studyPlannerDb = testDb.prisma;
(globalThis as { __testDb?: unknown }).__testDb = testDb;

afterAll(async () => {
  await testDb.drop();
  await mailbox.close();
});
