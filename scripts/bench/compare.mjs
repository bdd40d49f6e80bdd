// Quick A/B of a few benchmark scenarios on an existing BENCH_ROUTES=1 build, for
// tuning between full `npm run bench` runs:
//   node scripts/bench/compare.mjs dynamic markup dashboard --connections=32 --duration=8
// Prints req/s, p50/p95 and the server's CPU ms per request for each scenario, and
// the ratio of every scenario to the first one, round by round (the median is the figure to
// trust on a machine whose speed drifts). Nothing is written to docs/.
import { httpRun } from "./load.mjs";
import { prepare } from "./setup.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const names = args.filter((a) => !a.startsWith("--"));
const connections = Number(option("connections", "32"));
const duration = Number(option("duration", "8"));
const rounds = Number(option("rounds", "1"));

const cleanups = [];
async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch((e) => console.error(`cleanup: ${e.message}`));
}

async function main() {
  if (names.length === 0) names.push("dynamic", "markup", "dashboard");
  const ctx = await prepare({ cleanups, step: (text) => console.log(`\n${text}`) });
  const results = new Map(names.map((n) => [n, []]));
  for (let round = 0; round < rounds; round++) {
    // Alternate the order every round (A B, B A, …) so a machine that speeds up or slows down
    // during the run does not favour one scenario.
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const options = ctx.scenarios[name];
      if (!options)
        throw new Error(`unknown scenario ${name}; one of ${Object.keys(ctx.scenarios).join(", ")}`);
      await options.before?.();
      await httpRun({ ...options, connections, duration: 2 });
      await options.before?.();
      const start = await ctx.cpu.snapshot();
      const r = await httpRun({ ...options, connections, duration });
      const used = await ctx.cpu.since(start);
      const row = { ...r, serverMs: used.serverMs / r.requests, pgMs: used.pgMs / r.requests };
      results.get(name).push(row);
      console.log(
        `${name.padEnd(10)} ${String(connections).padStart(3)} conn  ${r.rps.toFixed(0).padStart(5)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  CPU/request ${row.serverMs.toFixed(2)} ms server, ${row.pgMs.toFixed(2)} ms PostgreSQL  (bad ${r.bad}, non-2xx ${r.non2xx}, errors ${r.errors})`,
      );
    }
  }
  const first = names[0];
  for (const name of names.slice(1)) {
    const ratios = results.get(name).map((r, i) => r.rps / results.get(first)[i].rps);
    const sorted = [...ratios].sort((x, y) => x - y);
    const median =
      sorted.length % 2
        ? sorted[(sorted.length - 1) / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    console.log(
      `${name} ÷ ${first}: median ${median.toFixed(2)} of ${rounds} round(s) (${ratios.map((r) => r.toFixed(2)).join(", ")})`,
    );
  }
  await cleanup();
}

main().catch(async (error) => {
  console.error(error);
  await cleanup();
  process.exitCode = 1;
});
