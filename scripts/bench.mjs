// `npm run bench`: the app's benchmark. Builds (unless --no-build), creates a fresh
// PostgreSQL database, migrates and seeds it, starts `next start`, signs users in
// through the UI, and measures with autocannon against 127.0.0.1: baselines, the
// dashboard, the check-off action, the 5,000,000-row scale test, first-load JS and
// Lighthouse. Prints a table and writes docs/BENCHMARKS.md. Not part of `npm test`.
//
// Options: --no-build  --duration=<s per run, default 10>  --skip-scale  --skip-lighthouse
//          --cpu-prof (profile the server into test-results/bench/cpu-prof)  --max-load-wait=<s, default 300>
//          --pool=<DATABASE_POOL_MAX, default 10>  --port=<default: a free one>  --no-write (do not touch docs/BENCHMARKS.md)
//          --pairs=<interleaved pairs per ratio target, default 8>  --pair-duration=<s, default 5>
//          --lighthouse-runs=<runs per page, the median is kept; default 3>
// Logs and profiles go to test-results/bench/. Profile one scenario: node scripts/bench/profile.mjs <scenario>.
import { bundleSizes } from "./bundle-sizes.mjs";
import { explain, firstCardJson, postmasterStart, seedScale } from "./bench/db.mjs";
import { lighthouseScores } from "./bench/lighthouse.mjs";
import { httpRun, pgRun } from "./bench/load.mjs";
import { benchSchedule } from "./bench/schedule.mjs";
import { evaluate, printTable, writeReport } from "./bench/report.mjs";
import { measureReview } from "./bench/review.mjs";
import { buildForBench, isBenchBuild, prepare } from "./bench/setup.mjs";
import { describeMachine, formatLoad, loadAverage, waitForQuietMachine } from "./bench/system.mjs";

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};

const DURATION = Number(option("duration", "10"));
const WARMUP = 3;
const POOL_MAX = Number(option("pool", "10"));
const CONNECTIONS = [1, 8, 32];
const MAX_LOAD_WAIT = Number(option("max-load-wait", "300"));
const PAIRS = Number(option("pairs", "8"));
const LIGHTHOUSE_RUNS = Number(option("lighthouse-runs", "3"));
const PAIR_DURATION = Number(option("pair-duration", "5"));
const log = (line = "") => console.log(line);
const seconds = (t) => ((performance.now() - t) / 1000).toFixed(1);

const cleanups = [];
async function cleanup() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (error) {
      console.error(`cleanup: ${error.message}`);
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and dropping the database…`);
    cleanup().finally(() => process.exit(130));
  });
}

async function main() {
  const started = performance.now();
  const results = { date: new Date(), duration: DURATION, poolMax: POOL_MAX, runs: [], pg: [], notes: [] };
  results.machine = describeMachine();
  results.loadAtStart = loadAverage();
  log(`Benchmark of AWS Study Planner — ${results.date.toISOString()}`);
  log(
    `  ${results.machine.nproc} CPUs (${results.machine.cpuModel}), Node ${results.machine.node}, load ${formatLoad(results.loadAtStart)}`,
  );

  // 1. A production build with the /bench baseline routes.
  if (flag("no-build")) {
    if (!isBenchBuild()) {
      throw new Error(
        "--no-build: the build in .next has no /bench routes (drop --no-build: the benchmark builds with BENCH_ROUTES=1)",
      );
    }
    results.build = "reused (--no-build)";
  } else {
    log("\n[1/7] next build (BENCH_ROUTES=1)");
    const t = performance.now();
    buildForBench();
    results.build = `${seconds(t)} s`;
  }

  // 2–4. Database, server, sign-ins, captured requests.
  let stepNo = 1;
  const ctx = await prepare({
    poolMax: POOL_MAX,
    port: Number(option("port", "0")),
    nodeArgs: flag("cpu-prof") ? ["--cpu-prof", "--cpu-prof-dir=test-results/bench/cpu-prof"] : [],
    cleanups,
    log,
    step: (text) => log(`\n[${++stepNo}/7] ${text}`),
  });
  const { dbUrl, base, users, captured, dashboardCookie, writerIds, scenarios } = ctx;
  Object.assign(results, ctx.info);

  async function measure(id, label, options, connections, extra = {}) {
    await options.before?.();
    await httpRun({ ...options, connections, duration: WARMUP });
    await options.before?.();
    const cpuStart = await ctx.cpu.snapshot();
    const r = await httpRun({ ...options, connections, duration: DURATION });
    const used = await ctx.cpu.since(cpuStart);
    const row = {
      id,
      label,
      ...extra,
      ...r,
      serverCpuMs: used.serverMs / r.requests,
      pgCpuMs: used.pgMs / r.requests,
    };
    results.runs.push(row);
    log(
      `  ${label.padEnd(48)} c=${String(connections).padStart(2)}  ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)}  p95 ${r.p95.toFixed(1).padStart(6)}  p99 ${r.p99.toFixed(1).padStart(6)} ms  CPU/req server ${row.serverCpuMs.toFixed(2)} pg ${row.pgCpuMs.toFixed(2)} ms` +
        (r.errors || r.non2xx || r.bad ? `  errors ${r.errors} non-2xx ${r.non2xx} bad ${r.bad}` : ""),
    );
    if (r.badSample) log(`    first bad response: ${r.badSample.replace(/\s+/g, " ").slice(0, 200)}`);
    return row;
  }

  // 5. Measurements on the small database.
  log(`\n[${++stepNo}/7] measurements (small database)`);
  results.loadWait = await waitForQuietMachine({ maxWaitSeconds: MAX_LOAD_WAIT, log });
  results.loadBeforeRuns = loadAverage();
  for (const c of [1, 32]) await measure(`static@${c}`, "Static page (/bench/static)", scenarios.static, c);
  for (const c of [1, 32])
    await measure(`dynamic@${c}`, "Dynamic page, no database (/bench/dynamic)", scenarios.dynamic, c);
  for (const c of [1, 32])
    await measure(`markup@${c}`, "Dashboard markup only (/bench/dashboard-markup)", scenarios.markup, c);
  for (const c of CONNECTIONS) await measure(`noop@${c}`, "No-op server action", scenarios.noop, c);
  for (const c of CONNECTIONS)
    await measure(`checkoff@${c}`, "Check-off server action", scenarios.checkoff, c);
  for (const c of CONNECTIONS)
    await measure(`dashboard@${c}`, "Dashboard (signed in)", scenarios.dashboard, c);
  // Spaced review: the rating action at one connection, beside the check-off's row above.
  await measureReview(ctx, { connections: 1, log, measure, withCheckoff: false });

  // The two ratio targets again, as interleaved pairs. This machine's speed drifts by tens of
  // percent within a minute (other tenants), so two scenarios measured a minute apart can
  // differ by that much for no reason of their own; back-to-back pairs, in alternating order
  // (ABBA…), cancel the drift, and the median of the pairs' ratios is the figure.
  log(`  interleaved pairs at 32 connections (${PAIRS} × 2 × ${PAIR_DURATION} s per ratio)`);
  results.pairs = [];
  results.pairDuration = PAIR_DURATION;
  for (const [id, label, a, b] of [
    ["dashboard/dynamic", "Dashboard ÷ DB-less dynamic page", scenarios.dashboard, scenarios.dynamic],
    ["checkoff/noop", "Check-off ÷ no-op action", scenarios.checkoff, scenarios.noop],
  ]) {
    const ratios = [];
    for (let i = 0; i < PAIRS; i++) {
      const rps = new Map();
      for (const side of i % 2 === 0 ? [a, b] : [b, a]) {
        await side.before?.();
        const r = await httpRun({ ...side, connections: 32, duration: PAIR_DURATION });
        if (r.errors || r.non2xx || r.bad)
          throw new Error(`${label}: errors in a paired run (${r.errors} / ${r.non2xx} / ${r.bad})`);
        rps.set(side, r.rps);
      }
      ratios.push({ a: rps.get(a), b: rps.get(b), ratio: rps.get(a) / rps.get(b) });
    }
    const sorted = ratios.map((r) => r.ratio).sort((x, y) => x - y);
    const median =
      sorted.length % 2
        ? sorted[(sorted.length - 1) / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    results.pairs.push({ id, label, ratios, median, min: sorted[0], max: sorted.at(-1) });
    log(
      `  ${label.padEnd(48)} median ${median.toFixed(2)} (pairs: ${ratios.map((r) => r.ratio.toFixed(2)).join(", ")})`,
    );
  }

  // The database floor: the same kind of write through `pg` directly.
  const floorUser = users.capture.id;
  const floorItems = captured.architectIds;
  for (const c of CONNECTIONS) {
    const r = await pgRun({
      url: dbUrl,
      connections: c,
      duration: Math.min(DURATION, 5),
      statement: (worker, i) => ({
        sql: `INSERT INTO "ItemProgress" ("userId", "itemId", status, "updatedAt") VALUES ($1, $2, $3, now())
              ON CONFLICT ("userId", "itemId") DO UPDATE SET status = EXCLUDED.status, "updatedAt" = now()`,
        params: [floorUser, floorItems[worker % floorItems.length], i % 2 ? "todo" : "done"],
      }),
    });
    results.pg.push({ id: `pg-upsert@${c}`, label: "pg: INSERT … ON CONFLICT (floor)", ...r });
    log(
      `  ${"pg: INSERT … ON CONFLICT (floor)".padEnd(48)} c=${String(c).padStart(2)}  ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(2).padStart(6)}  p95 ${r.p95.toFixed(2).padStart(6)}  p99 ${r.p99.toFixed(2).padStart(6)} ms`,
    );
  }
  for (const c of [1, 32]) {
    const r = await pgRun({
      url: dbUrl,
      connections: c,
      duration: Math.min(DURATION, 5),
      statement: (worker, i) => ({
        sql: `SELECT previous, changed FROM set_item_status($1::uuid, $2, $3::"ItemStatus", $4::jsonb)`,
        params: [
          writerIds[worker % writerIds.length],
          floorItems[(worker + 7) % floorItems.length],
          i % 2 ? "todo" : "done",
          i % 2 ? null : firstCardJson(),
        ],
      }),
    });
    results.pg.push({ id: `pg-fn@${c}`, label: "pg: SELECT set_item_status(…) directly", ...r });
    log(
      `  ${"pg: SELECT set_item_status(…) directly".padEnd(48)} c=${String(c).padStart(2)}  ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(2).padStart(6)}  p95 ${r.p95.toFixed(2).padStart(6)}  p99 ${r.p99.toFixed(2).padStart(6)} ms`,
    );
  }
  results.loadAfterRuns = loadAverage();

  // 6. Lighthouse.
  if (!flag("skip-lighthouse")) {
    log(`\n[${++stepNo}/7] Lighthouse: performance / accessibility / best practices`);
    const t = performance.now();
    // Lighthouse's own advice: its performance score varies run to run, report the median of several.
    results.lighthouse = await lighthouseScores(
      base,
      [
        { path: "/" },
        { path: "/plan/architect", cookie: dashboardCookie },
        { path: "/plan/architect", cookie: dashboardCookie, preset: "mobile" },
        // The floor under the plan's mobile score on this machine: the same signed-in shell (root
        // layout, header, Next's client runtime) around a page with no content (ADR 042).
        {
          path: "/bench/dynamic",
          cookie: dashboardCookie,
          preset: "mobile",
          reference: "floor: the signed-in shell with no page content",
        },
        { path: "/dashboard", cookie: dashboardCookie },
      ],
      { runs: LIGHTHOUSE_RUNS, log },
    );
    log(`  (${seconds(t)} s)`);
  }
  results.explainSmall = await explain(dbUrl, {
    userId: users.dashboard.id,
    timeZone: "Europe/Berlin",
    itemId: captured.architectIds[0],
  });

  // 7. Scale: 100,000 users, 5,000,000 progress rows.
  if (!flag("skip-scale")) {
    log(`\n[${++stepNo}/7] scale: 100,000 users, 5,000,000 ItemProgress rows, 1,000,000 Activity rows`);
    const t = performance.now();
    results.scaleSeed = await seedScale(dbUrl, captured.itemIds, { log });
    results.scaleSeedSeconds = Number(seconds(t));
    log(`  seeded in ${results.scaleSeedSeconds} s`);
    results.scaleLoadWait = await waitForQuietMachine({ maxWaitSeconds: Math.min(MAX_LOAD_WAIT, 120), log });
    for (const c of [1, 32])
      await measure(`scale-dashboard@${c}`, "Dashboard (signed in), 5M rows", scenarios.dashboard, c);
    await measure("scale-checkoff@1", "Check-off server action, 5M rows", scenarios.checkoff, 1);
    results.explainScale = await explain(dbUrl, {
      userId: users.dashboard.id,
      timeZone: "Europe/Berlin",
      itemId: captured.architectIds[0],
    });
  }
  results.loadAtEnd = loadAverage();
  const pgNow = await postmasterStart(dbUrl).catch(() => "unreachable");
  if (pgNow !== results.pgStartedAt) {
    results.notes.push(
      `PostgreSQL was restarted during the run (start time ${results.pgStartedAt} → ${pgNow}), by something else on this machine: rerun.`,
    );
    log(`  WARNING: ${results.notes.at(-1)}`);
  }

  await cleanup();

  results.bundle = bundleSizes(".next");
  // Pure computation, after the server stopped: the schedule of 150 items × 52 weeks.
  results.schedule = await benchSchedule();
  log(
    `Schedule (150 items × ${results.schedule.weeks} weeks): p50 ${results.schedule.p50.toFixed(2)} ms, p95 ${results.schedule.p95.toFixed(2)} ms`,
  );
  results.totalSeconds = Number(seconds(started));
  results.targets = evaluate(results);
  printTable(results);
  if (!flag("no-write")) {
    writeReport("docs/BENCHMARKS.md", results);
    log("\nWrote docs/BENCHMARKS.md");
  }
  log(`Total time: ${results.totalSeconds} s`);
}

main().catch(async (error) => {
  console.error(error);
  await cleanup();
  process.exitCode = 1;
});
