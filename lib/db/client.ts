import { mkdirSync } from "node:fs";

import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { PrismaClient } from "@/lib/generated/prisma/client";

import { pgliteConnection } from "./connections";
import { migrate } from "./migrator";
import { statementNamer } from "./statement-names";

/**
 * Builds a Prisma client for real PostgreSQL (`DATABASE_URL` set) or for the
 * embedded PGlite database. No `server-only` here so scripts and tests can use
 * it; the app imports `@/lib/db`, which is server-only.
 */

type AdapterFactory = PrismaPGlite;

/**
 * The embedded database, opened and migrated on the first query rather than at
 * import, so `next build` and modules that never query never touch `.data/`.
 */
function lazyPGlite(dir: string): AdapterFactory {
  let inner: Promise<PrismaPGlite> | undefined;
  const open = () =>
    (inner ??= (async () => {
      if (!dir.includes("://")) mkdirSync(/* turbopackIgnore: true */ dir, { recursive: true });
      const pglite = new PGlite(dir);
      await migrate(pgliteConnection(pglite), { log: (line) => console.info(`[db] ${line}`) });
      return new PrismaPGlite(pglite);
    })());
  const factory: Pick<AdapterFactory, "provider" | "adapterName" | "connect" | "connectToShadowDb"> = {
    provider: "postgres",
    adapterName: "pglite (lazy)",
    connect: async () => (await open()).connect(),
    connectToShadowDb: async () => (await open()).connectToShadowDb(),
  };
  return factory as AdapterFactory;
}

export interface DbConfig {
  databaseUrl?: string;
  pgliteDir: string;
  poolMax: number;
  /** Use this embedded database instead of opening `pgliteDir` (tests). */
  pglite?: PGlite;
  /** Emit `query` events (tests count the statements a page sends). */
  logQueries?: boolean;
}

export function createPrismaClient(config: DbConfig): PrismaClient {
  if (config.databaseUrl) {
    const name = statementNamer();
    const adapter = new PrismaPg(
      {
        connectionString: config.databaseUrl,
        max: config.poolMax,
        // Fail fast while the database is down instead of queueing forever.
        connectionTimeoutMillis: 5_000,
      },
      // Prepared statements: parsed and planned once per connection, not per request (ADR 039).
      { statementNameGenerator: (query) => name(query.sql) },
    );
    return new PrismaClient({ adapter, ...logOption(config) });
  }
  if (config.pglite) {
    return new PrismaClient({ adapter: new PrismaPGlite(config.pglite), ...logOption(config) });
  }
  return new PrismaClient({ adapter: lazyPGlite(config.pgliteDir), ...logOption(config) });
}

function logOption(config: DbConfig) {
  return config.logQueries ? { log: [{ emit: "event" as const, level: "query" as const }] } : {};
}
