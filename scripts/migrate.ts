// `npm run db:migrate`: applies pending SQL migrations to DATABASE_URL, or to the
// embedded PGlite database when DATABASE_URL is unset.
import { mkdir } from "node:fs/promises";

import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

import { pgConnection, pgliteConnection } from "../lib/db/connections";
import { migrate, MigrationError } from "../lib/db/migrator";
import { parseEnv } from "../lib/env";

async function main() {
  const env = parseEnv({ ...process.env, NEXT_PHASE: "phase-production-build" });
  const log = (line: string) => console.log(line);
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      const r = await migrate(pgConnection(client), { log });
      console.log(`PostgreSQL: ${r.applied.length} applied, ${r.alreadyApplied.length} already applied.`);
    } finally {
      await client.end();
    }
  } else {
    if (!env.PGLITE_DIR.includes("://")) await mkdir(env.PGLITE_DIR, { recursive: true });
    const db = new PGlite(env.PGLITE_DIR);
    try {
      const r = await migrate(pgliteConnection(db), { log });
      console.log(
        `Embedded database (${env.PGLITE_DIR}): ${r.applied.length} applied, ${r.alreadyApplied.length} already applied.`,
      );
    } finally {
      await db.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof MigrationError ? `Migration refused: ${error.message}` : error);
  process.exit(1);
});
