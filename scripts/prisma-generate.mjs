// Runs `prisma generate` without downloading Prisma's native engines.
// Prisma 7's client needs no engine (driver adapters), but the CLI looks for the
// schema engine at start-up; point it at a stub that exits 1 unless the user has
// a real one (docs/decisions/002-own-migration-runner.md).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./bin/schema-engine-unavailable", import.meta.url),
);
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
