// The shared set-up of scripts/bench.mjs, compare.mjs and profile.mjs: the benchmark build, a fresh
// database (migrated, seeded), `next start`, users signed in through the UI, the
// captured server-action requests, and the autocannon options of every scenario.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

import { captureRequests, launchBrowser, signInMany } from "./browser.mjs";
import {
  backendPids,
  BENCH_PASSWORD,
  createDatabase,
  dropDatabase,
  postmasterStart,
  seedHistories,
  seedUsers,
  withClient,
  withDatabase,
} from "./db.mjs";
import { freePort, startServer } from "../lib/server.mjs";
import { processCpuMs, treeCpuMs } from "./system.mjs";

const WRITERS = 32;

/**
 * Builds for the benchmark: a production build with BENCH_ROUTES=1, so the `*.bench.tsx` baseline
 * routes under app/bench are part of it (next.config.js). Any other build has no /bench route.
 */
export function buildForBench() {
  run(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    ...process.env,
    BENCH_ROUTES: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  });
}

/** Whether the build in .next has the baseline routes (the prerendered /bench/static is one). */
export function isBenchBuild() {
  return existsSync(".next/BUILD_ID") && existsSync(".next/server/app/bench/static.html");
}

export function run(command, argv, env) {
  const r = spawnSync(command, argv, { stdio: "inherit", env });
  if (r.status !== 0) throw new Error(`${command} ${argv.join(" ")} failed (${r.status ?? r.signal})`);
}

const seconds = (t) => ((performance.now() - t) / 1000).toFixed(1);

/**
 * Everything up to the first measurement. `cleanups` receives the undo steps
 * (stop the server, drop the database) as soon as there is something to undo.
 */
export async function prepare({
  poolMax = 10,
  port = 0,
  nodeArgs = [],
  cleanups,
  log = console.log,
  step = () => {},
}) {
  if (!isBenchBuild()) {
    throw new Error(
      "the build in .next has no /bench routes: run `npm run bench` once (it builds with BENCH_ROUTES=1)",
    );
  }
  const info = {};
  const adminUrl = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  const dbName = `bench_${Date.now()}_${process.pid}`;
  const dbUrl = withDatabase(adminUrl, dbName);
  step(`database ${dbName}: create, migrate, seed`);
  await createDatabase(adminUrl, dbName);
  cleanups.push(() => dropDatabase(adminUrl, dbName).then(() => log(`  dropped database ${dbName}`)));
  run("npm", ["run", "--silent", "db:migrate"], { ...process.env, DATABASE_URL: dbUrl });
  info.pgVersion = await withClient(
    dbUrl,
    async (c) => (await c.query("SHOW server_version")).rows[0].server_version,
  );
  info.pgStartedAt = await postmasterStart(dbUrl);
  const users = await seedUsers(dbUrl, { writers: WRITERS });

  port ||= await freePort();
  mkdirSync("test-results/bench", { recursive: true });
  step(
    `next start on 127.0.0.1:${port} (DATABASE_POOL_MAX=${poolMax}${nodeArgs.length ? `, node ${nodeArgs.join(" ")}` : ""}; log in test-results/bench/server.log)`,
  );
  const server = await startServer({
    port,
    logFile: "test-results/bench/server.log",
    nodeArgs,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: dbUrl,
      DATABASE_POOL_MAX: String(poolMax),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      // The benchmark sends no mail (production refuses to start without SMTP_URL otherwise).
      EMAIL_DISABLED: "1",
    },
  });
  cleanups.push(() => server.stop().then(() => log("  server stopped")));
  const base = server.base;

  step("Chromium: sign in through the form, capture the check-off and no-op action requests");
  let t = performance.now();
  const browser = await launchBrowser();
  let captured;
  let cookies;
  try {
    captured = await captureRequests(browser, base, { email: users.capture.email, password: BENCH_PASSWORD });
    cookies = await signInMany(browser, base, [users.dashboard, ...users.writers], BENCH_PASSWORD);
  } finally {
    await browser.close();
  }
  log(
    `  check-off: POST ${captured.checkOff.path} next-action=${captured.checkOff.headers["next-action"]} body=${JSON.stringify(captured.checkOff.args)}`,
  );
  log(
    `  no-op:     POST ${captured.noop.path} next-action=${captured.noop.headers["next-action"]} body=${JSON.stringify(captured.noop.args)}`,
  );
  log(`  ${cookies.size + 1} users signed in (${seconds(t)} s)`);
  t = performance.now();
  const seeded = await seedHistories(dbUrl, [users.dashboard, ...users.writers], captured.itemIds);
  const done = [...seeded.statuses.get(users.dashboard.id).values()].filter((s) => s === "done").length;
  log(
    `  history: ${seeded.activityRows} activity rows and ${done} items done per user (${captured.itemIds.length} items in the curriculum) (${seconds(t)} s)`,
  );
  info.history = { activityRows: seeded.activityRows, done };
  const dashboardCookie = cookies.get(users.dashboard.id);

  // The check-off load: request n goes to writer n mod 32 and walks that writer's
  // architect items; each request sends the opposite of the item's current status,
  // so every request changes a row and appends an activity record. The same
  // (user, item) comes back only after 32 × items requests, never concurrently.
  const writerIds = users.writers.map((w) => w.id);
  const statusOf = new Map();
  /** Reads the writers' statuses back, after the requests still in flight have landed. */
  async function syncStatuses() {
    await sleep(1_500);
    await withClient(dbUrl, async (c) => {
      const { rows } = await c.query(
        `SELECT "userId", "itemId", status FROM "ItemProgress" WHERE "userId" = ANY($1::uuid[])`,
        [writerIds],
      );
      statusOf.clear();
      for (const r of rows) statusOf.set(`${r.userId}|${r.itemId}`, r.status);
    });
  }
  let sequence = 0;
  const template = captured.checkOff.args[0];
  const scenarios = {
    static: { url: `${base}/bench/static`, check: (_s, body) => body.includes("Static baseline") },
    dynamic: { url: `${base}/bench/dynamic`, check: (_s, body) => body.includes("Dynamic baseline") },
    markup: { url: `${base}/bench/dashboard-markup`, check: (_s, body) => body.includes("done so far") },
    noop: {
      url: `${base}${captured.noop.path}`,
      method: "POST",
      headers: { ...captured.noop.headers, cookie: dashboardCookie },
      body: JSON.stringify(captured.noop.args),
      check: (_s, body) => body.includes('"ok":true'),
    },
    checkoff: {
      url: `${base}${captured.checkOff.path}`,
      method: "POST",
      headers: captured.checkOff.headers,
      before: syncStatuses,
      setupRequest: (req) => {
        const n = sequence++;
        const userId = writerIds[n % writerIds.length];
        const itemId = captured.architectIds[Math.floor(n / writerIds.length) % captured.architectIds.length];
        const key = `${userId}|${itemId}`;
        const status = statusOf.get(key) === "done" ? "todo" : "done";
        statusOf.set(key, status);
        req.headers.cookie = cookies.get(userId);
        req.body = JSON.stringify([{ ...template, itemId, status }]);
        return req;
      },
      check: (_s, body) => body.includes('"ok":true') && body.includes('"changed":true'),
    },
    dashboard: {
      url: `${base}/dashboard`,
      headers: { cookie: dashboardCookie },
      check: (_s, body) => body.includes("done so far"),
    },
  };
  /** CPU used by the server process and by this database's PostgreSQL backends, for per-request figures. */
  const cpu = {
    async snapshot() {
      const pids = await backendPids(dbUrl);
      return { server: treeCpuMs(server.pid), pg: new Map(pids.map((pid) => [pid, processCpuMs(pid)])) };
    },
    async since(start) {
      const end = await this.snapshot();
      let pgMs = 0;
      for (const [pid, ms] of end.pg) pgMs += ms - (start.pg.get(pid) ?? 0);
      return { serverMs: end.server - start.server, pgMs };
    },
  };
  return { info, dbUrl, base, server, users, captured, cookies, dashboardCookie, writerIds, scenarios, cpu };
}
