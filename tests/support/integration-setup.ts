import { afterAll } from "vitest";

import { createTestDatabase } from "./test-database";

// Every integration test file gets its own fresh, migrated database. The app's
// `db` (lib/db.ts) picks up the client placed on globalThis here.
const testDb = await createTestDatabase();
(globalThis as { __studyPlannerDb?: unknown }).__studyPlannerDb = testDb.prisma;
(globalThis as { __testDb?: unknown }).__testDb = testDb;

afterAll(async () => {
  await testDb.drop();
});
