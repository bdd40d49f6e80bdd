import { afterAll, vi } from "vitest";

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

// Every integration test file gets its own fresh, migrated database. The app's
// `db` (lib/db.ts) picks up the client placed on globalThis here.
const testDb = await createTestDatabase();
(globalThis as { __studyPlannerDb?: unknown }).__studyPlannerDb = testDb.prisma;
(globalThis as { __testDb?: unknown }).__testDb = testDb;

afterAll(async () => {
  await testDb.drop();
});
