import { randomBytes } from "node:crypto";

import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

import { createPrismaClient } from "@/lib/db/client";
import { pgConnection, pgliteConnection } from "@/lib/db/connections";
import { migrate, type SqlConnection } from "@/lib/db/migrator";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A fresh, migrated database for one test file: a new PostgreSQL database when
 * TEST_DATABASE_URL or DATABASE_URL is set, else an in-memory PGlite.
 */
export interface TestDatabase {
  kind: "postgres" | "pglite";
  /** Set for postgres: the URL of the fresh database. */
  url?: string;
  /** Direct SQL access for assertions (information_schema, row counts). */
  sql: SqlConnection;
  /** A Prisma client on this database that emits `query` events. */
  prisma: PrismaClient;
  drop(): Promise<void>;
}

export function baseDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const base = baseDatabaseUrl();
  if (!base) {
    const pglite = new PGlite("memory://");
    const sql = pgliteConnection(pglite);
    await migrate(sql);
    const prisma = createPrismaClient({ pgliteDir: "memory://", poolMax: 1, pglite, logQueries: true });
    return {
      kind: "pglite",
      sql,
      prisma,
      async drop() {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  }

  const name = `t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await withClient(base, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(base);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const sql = pgConnection(client);
  await migrate(sql);
  const prisma = createPrismaClient({
    databaseUrl: url.toString(),
    pgliteDir: "memory://",
    poolMax: 5,
    logQueries: true,
  });
  return {
    kind: "postgres",
    url: url.toString(),
    sql,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await client.end();
      await withClient(base, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
