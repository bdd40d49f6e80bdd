import pg from "pg";
import { describe, expect, it } from "vitest";

import { pgConnection } from "@/lib/db/connections";
import { migrate, readMigrations } from "@/lib/db/migrator";

import { testDb } from "../support/db";

describe("two processes migrating at once", () => {
  it("apply each new migration exactly once (advisory lock)", async (ctx) => {
    const db = testDb();
    if (db.kind !== "postgres" || !db.url) {
      ctx.skip(); // one embedded database cannot be opened by two processes at all
      return;
    }
    const files = await readMigrations();
    const extra = {
      name: "99990201000000_concurrent",
      sql: `CREATE TABLE "Concurrent" (id INT PRIMARY KEY); SELECT pg_sleep(0.2);`,
      checksum: "",
    };
    extra.checksum = (await import("@/lib/db/migrator")).checksum(extra.sql);
    const clients = [new pg.Client(db.url), new pg.Client(db.url)];
    await Promise.all(clients.map((c) => c.connect()));
    try {
      const results = await Promise.all(
        clients.map((c) => migrate(pgConnection(c), { migrations: [...files, extra] })),
      );
      expect(results.map((r) => r.applied.length).sort()).toEqual([0, 1]);
      const rows = await db.sql.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [
        extra.name,
      ]);
      expect(rows).toHaveLength(1);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });
});
