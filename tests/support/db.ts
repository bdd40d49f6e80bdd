import type { Mailbox } from "./mail-server";
import type { TestDatabase } from "./test-database";

/** The fresh database of the current integration test file (see integration-setup.ts). */
export function testDb(): TestDatabase {
  const db = (globalThis as { __testDb?: TestDatabase }).__testDb;
  if (!db) throw new Error("testDb() is only available in integration tests");
  return db;
}

/** The SMTP server of the current integration test file (see integration-setup.ts). */
export function mailbox(): Mailbox {
  const box = (globalThis as { __mailbox?: Mailbox }).__mailbox;
  if (!box) throw new Error("mailbox() is only available in integration tests");
  return box;
}
