import type { TestDatabase } from "./test-database";

/** The fresh database of the current integration test file (see integration-setup.ts). */
export function testDb(): TestDatabase {
  const db = (globalThis as { __testDb?: TestDatabase }).__testDb;
  if (!db) throw new Error("testDb() is only available in integration tests");
  return db;
}
