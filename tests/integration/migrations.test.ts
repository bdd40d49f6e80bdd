import { describe, expect, it } from "vitest";

import { checksum, migrate, readMigrations } from "@/lib/db/migrator";

import { testDb } from "../support/db";

describe("the migration runner", () => {
  it("records every migration in _prisma_migrations as Prisma Migrate does", async () => {
    const files = await readMigrations();
    const rows = await testDb().sql.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      rolled_back_at: Date | null;
    }>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);

    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(files[i]?.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("has the exact columns Prisma Migrate creates", async () => {
    const cols = await testDb().sql.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns
       WHERE table_name = '_prisma_migrations' ORDER BY column_name`,
    );
    expect(Object.fromEntries(cols.map((c) => [c.column_name, c.data_type]))).toEqual({
      applied_steps_count: "integer",
      checksum: "character varying",
      finished_at: "timestamp with time zone",
      id: "character varying",
      logs: "text",
      migration_name: "character varying",
      rolled_back_at: "timestamp with time zone",
      started_at: "timestamp with time zone",
    });
  });

  it("applies nothing the second time", async () => {
    const result = await migrate(testDb().sql);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied.length).toBeGreaterThan(0);
  });

  it("refuses to run when an applied migration file was edited", async () => {
    const files = await readMigrations();
    const first = files[0]!;
    const edited = {
      ...first,
      sql: `${first.sql}\n-- edited`,
      checksum: checksum(`${first.sql}\n-- edited`),
    };
    await expect(migrate(testDb().sql, { migrations: [edited, ...files.slice(1)] })).rejects.toThrow(
      /was changed after it was applied/,
    );
  });

  it("applies a new migration in a transaction and rolls back a failing one", async () => {
    const files = await readMigrations();
    const good = { name: "99990101000000_add_probe", sql: `CREATE TABLE "Probe" (id INT PRIMARY KEY);` };
    const bad = {
      name: "99990102000000_broken",
      sql: `CREATE TABLE "Probe2" (id INT PRIMARY KEY);\nSELECT * FROM "no_such_table";`,
    };
    const withGood = [...files, { ...good, checksum: checksum(good.sql) }];
    const r = await migrate(testDb().sql, { migrations: withGood });
    expect(r.applied).toEqual([good.name]);

    await expect(
      migrate(testDb().sql, { migrations: [...withGood, { ...bad, checksum: checksum(bad.sql) }] }),
    ).rejects.toThrow(/99990102000000_broken failed and was rolled back/);
    const probe2 = await testDb().sql.query(
      `SELECT 1 FROM information_schema.tables WHERE table_name = 'Probe2'`,
    );
    expect(probe2).toHaveLength(0);
    const recorded = await testDb().sql.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`,
      [bad.name],
    );
    expect(recorded).toHaveLength(0);
  });
});
