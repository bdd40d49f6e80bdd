// `npm run test:faults`: fault and abuse tests against two `next start` instances
// of the existing production build (.next) on a fresh PostgreSQL database.
//
//   node scripts/faults.mjs [--build] [--only=1,2,3,4]
//
// --build      runs `next build` first (with the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).
// --only=…     runs only the listed tests (numbers as in docs/decisions/005-fault-tests.md).
//
// Environment (all optional):
//   DATABASE_URL or FAULTS_PG_ADMIN_URL  where to create the throwaway database
//                                        (default postgresql://postgres@127.0.0.1:5432/postgres)
//   FAULTS_PORT_A / FAULTS_PORT_B        ports of the two instances (3411 / 3412)
//   FAULTS_CLIENTS / FAULTS_REQUESTS     test 1: clients × requests each (50 × 200)
//   FAULTS_PG_CLUSTER                    test 3: "<version> <name>" for pg_ctlcluster
//   FAULTS_SKIP_PG_RESTART=1             test 3 is skipped (counted as skipped)
//
// Prints one check per line (✓ / ✗), then `N passed, N failed`, writes
// test-results/totals-faults.json and test-results/faults.json, and exits
// non-zero when a check failed. The servers never get AUTH_THROTTLE_RELAXED_FOR_TESTS.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import pg from "pg";

import { launchBrowser, prepare } from "../tests/faults/capture.mjs";
import { concurrentWriters } from "../tests/faults/concurrent-writers.mjs";
import { Checks, startServer, stopServer, waitForHealthy } from "../tests/faults/harness.mjs";
import { malformedPayloads } from "../tests/faults/malformed-payloads.mjs";
import { canRestartPostgres, postgresRestart } from "../tests/faults/postgres-restart.mjs";
import { twoInstances } from "../tests/faults/two-instances.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const args = process.argv.slice(2);
const build = args.includes("--build");
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",")
  .map(Number);
const wanted = (n) => !only || only.includes(n);

// Test-only secrets, the same on every instance (and at build time for --build).
const NEXTAUTH_SECRET =
  process.env.NEXTAUTH_SECRET && process.env.NEXTAUTH_SECRET.length >= 32
    ? process.env.NEXTAUTH_SECRET
    : "faults-only-secret-0123456789abcdef0123456789";
const ACTIONS_KEY =
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=";
const PORTS = { A: Number(process.env.FAULTS_PORT_A ?? 3411), B: Number(process.env.FAULTS_PORT_B ?? 3412) };
const config = {
  clients: Number(process.env.FAULTS_CLIENTS ?? 50),
  perClient: Number(process.env.FAULTS_REQUESTS ?? 200),
};
if (config.clients * config.perClient > 10_000) {
  console.error("FAULTS_CLIENTS × FAULTS_REQUESTS must stay at or under 10,000.");
  process.exit(2);
}

function adminUrl() {
  if (process.env.FAULTS_PG_ADMIN_URL) return process.env.FAULTS_PG_ADMIN_URL;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = "/postgres";
    return url.toString();
  }
  return "postgresql://postgres@127.0.0.1:5432/postgres";
}

function databaseUrl(name) {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function serverEnv(port, url) {
  const env = { ...process.env };
  delete env.AUTH_THROTTLE_RELAXED_FOR_TESTS; // the throttle test needs the real limits
  delete env.PGLITE_DIR;
  return {
    ...env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: url,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: ACTIONS_KEY,
    // No mail in the fault run: sign-up signs in at once (ADR 013), as the tests expect.
    EMAIL_DISABLED: "1",
  };
}

const checks = new Checks();
const dbName = `faults_${Date.now()}_${process.pid}`;
const url = databaseUrl(dbName);
const servers = {};
let browser;
let pool;
let dbCreated = false;

async function cleanup() {
  await browser?.close().catch(() => {});
  await Promise.all(Object.values(servers).map((s) => stopServer(s)));
  await pool?.end().catch(() => {});
  if (dbCreated) {
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((error) =>
      console.log(`could not drop ${dbName}: ${error.message}`),
    );
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping the servers and dropping ${dbName}`);
    cleanup().finally(() => process.exit(130));
  });
}

let fatal = null;
try {
  if (build) {
    const result = spawnSync("npx", ["next", "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: ACTIONS_KEY, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) throw new Error("next build failed");
  }
  if (!existsSync(join(root, ".next", "BUILD_ID"))) {
    throw new Error("no production build in .next: run `next build` first, or pass --build");
  }

  mkdirSync("test-results", { recursive: true });
  await admin(`CREATE DATABASE "${dbName}"`);
  dbCreated = true;
  const migrated = spawnSync("npm", ["run", "db:migrate"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (migrated.status !== 0) throw new Error(`migrations failed:\n${migrated.stdout}\n${migrated.stderr}`);
  console.log(`Database ${dbName} created and migrated.`);

  pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("error", () => {}); // idle connections die when PostgreSQL restarts (test 3)

  for (const [name, port] of Object.entries(PORTS)) {
    servers[name] = startServer({ name, port, env: serverEnv(port, url), root, logDir: "test-results" });
  }
  await Promise.all(Object.values(servers).map((s) => waitForHealthy(s)));
  console.log(
    `Instances A (${servers.A.base}) and B (${servers.B.base}) are up; logs in test-results/faults-server-*.log.`,
  );

  browser = await launchBrowser();
  const prepared = await prepare({
    browser,
    base: servers.A.base,
    pool,
    labels: ["writer", "attacker", "victim", "restart", "session", "throttled"],
  });
  await browser.close();
  browser = undefined;
  console.log(
    `Captured ${Object.keys(prepared.actions).length} server actions; ${Object.keys(prepared.users).length} users signed up in Chromium.`,
  );

  const ctx = { ...prepared, servers, pool, config, findings: [] };
  const tests = [
    [1, () => concurrentWriters(ctx, checks)],
    [2, () => malformedPayloads(ctx, checks)],
    [4, () => twoInstances(ctx, checks)],
    // Last: it stops PostgreSQL (every database on the cluster) for a few seconds.
    [
      3,
      () =>
        canRestartPostgres() && process.env.FAULTS_SKIP_PG_RESTART !== "1"
          ? postgresRestart(ctx, checks)
          : skipRestart(),
    ],
  ];
  for (const [n, test] of tests) {
    if (!wanted(n)) continue;
    try {
      await test();
    } catch (error) {
      checks.record(`test ${n} ran to the end`, false, { error: error.stack ?? String(error) });
    }
  }
} catch (error) {
  fatal = error;
  checks.record("set-up (database, migrations, servers, browser sign-ups)", false, {
    error: error.stack ?? String(error),
  });
} finally {
  await cleanup();
}

function skipRestart() {
  checks.skipped += 1;
  console.log(
    `\n3. PostgreSQL restart: skipped (${process.env.FAULTS_SKIP_PG_RESTART === "1" ? "FAULTS_SKIP_PG_RESTART=1" : "no pg_ctlcluster cluster found; set FAULTS_PG_CLUSTER"})`,
  );
}

const totals = { passed: checks.passed, failed: checks.failed, skipped: checks.skipped };
mkdirSync("test-results", { recursive: true });
writeFileSync("test-results/totals-faults.json", JSON.stringify(totals));
writeFileSync("test-results/faults.json", JSON.stringify({ totals, checks: checks.results }, null, 2));
if (fatal) console.log(`\nThe run stopped early: ${fatal.message}`);
console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`,
);
process.exit(totals.failed > 0 || fatal ? 1 : 0);
