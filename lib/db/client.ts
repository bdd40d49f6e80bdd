import { mkdirSync } from "node:fs";

import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { PrismaClient } from "@/lib/generated/prisma/client";

import { pgliteConnection } from "./connections";
import { migrate } from "./migrator";

/**
 * Builds a Prisma client for real PostgreSQL (`DATABASE_URL` set) or for the
 * embedded PGlite database. No `server-only` here so scripts and tests can use
 * it; the app imports `@/lib/db`, which is server-only.
 */

/** Applies pending migrations before the first query reaches the embedded database. */
class MigratingPGlite extends PrismaPGlite {
  readonly #ready: Promise<unknown>;
  constructor(client: PGlite, ready: Promise<unknown>) {
    super(client);
    this.#ready = ready;
  }
  override async connect() {
    await this.#ready;
    return super.connect();
  }
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
    const adapter = new PrismaPg({
      connectionString: config.databaseUrl,
      max: config.poolMax,
      // Fail fast while the database is down instead of queueing forever.
      connectionTimeoutMillis: 5_000,
    });
    return new PrismaClient({ adapter, ...logOption(config) });
  }
  if (config.pglite) {
    return new PrismaClient({ adapter: new PrismaPGlite(config.pglite), ...logOption(config) });
  }
  if (!config.pgliteDir.includes("://")) {
    mkdirSync(/* turbopackIgnore: true */ config.pgliteDir, { recursive: true });
  }
  const pglite = new PGlite(config.pgliteDir);
  const ready = migrate(pgliteConnection(pglite), {
    log: (line) => console.info(`[db] ${line}`),
  });
  return new PrismaClient({ adapter: new MigratingPGlite(pglite, ready), ...logOption(config) });
}

function logOption(config: DbConfig) {
  return config.logQueries ? { log: [{ emit: "event" as const, level: "query" as const }] } : {};
}
