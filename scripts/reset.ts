// `npm run db:reset`: drops every table of the database and migrates again. Local use only.
import { rm } from "node:fs/promises";

import pg from "pg";

import { parseEnv } from "../lib/env";

async function main() {
  const env = parseEnv({ ...process.env, NEXT_PHASE: "phase-production-build" });
  if (env.NODE_ENV === "production") throw new Error("Refusing to reset with NODE_ENV=production.");
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    await client.end();
    console.log("Dropped every table of DATABASE_URL.");
  } else if (!env.PGLITE_DIR.includes("://")) {
    await rm(env.PGLITE_DIR, { recursive: true, force: true });
    console.log(`Removed the embedded database at ${env.PGLITE_DIR}.`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
