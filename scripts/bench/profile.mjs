// Profiles scenarios of the benchmark: `node scripts/bench/profile.mjs <scenario> [<scenario> …]`
// with scenario = static | dynamic | noop | checkoff | markup | dashboard, on an existing build
// made by `npm run bench` (BENCH_ROUTES=1). Starts `next start` under `node --cpu-prof`, loads
// each scenario in turn with autocannon, and prints where the server's CPU time went during each
// load window only: self and inclusive time per function and per package, then a table by layer
// (React's renderers, Next.js, our code, the database client, streams, GC) with the scenarios
// side by side, and our own files (profile-layers.mjs; minified frames go through source maps).
// `profile.mjs dynamic dashboard` is the comparison behind ADR 044.
// Options: --connections=<8>  --duration=<15>  --pool=<10>  --top=<25>
// The raw .cpuprofile stays in test-results/bench/cpu-prof/ (open it in Chrome DevTools).
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

import { httpRun } from "./load.mjs";
import { layerTable, layerTimes, sourceResolver } from "./profile-layers.mjs";
import { prepare } from "./setup.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const scenarios = args.filter((a) => !a.startsWith("--"));
if (scenarios.length === 0) scenarios.push("dashboard");
const connections = Number(option("connections", "8"));
const duration = Number(option("duration", "15"));
const top = Number(option("top", "25"));
const DIR = "test-results/bench/cpu-prof";

const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

function bucketOf(url) {
  if (!url) return "(native / V8)";
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  // Next's bundled runtimes hold React (Flight + Fizz) and the app renderer: name the file.
  if (nm) return nm[1] === "next" ? `next/${nm[2].replace(/^dist\//, "")}` : nm[1];
  if (url.startsWith("node:")) return "node internals";
  if (/\.next\/server\/chunks\/ssr\//.test(url)) return ".next server chunks (ssr: app + bundled libraries)";
  if (/\.next\/server\//.test(url)) return ".next server chunks";
  return url.replace(/^file:\/\//, "").replace(process.cwd(), ".");
}

/** Self and inclusive sample counts per function and per package, in [from, to] (µs). */
export function summarize(profile, from, to) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const fnKey = (n) => {
    const f = n.callFrame;
    return `${f.functionName || "(anonymous)"}  ${bucketOf(f.url)}${f.url ? `:${f.lineNumber + 1}` : ""}`;
  };
  const self = new Map();
  const inclusive = new Map();
  const packages = new Map();
  let t = profile.startTime;
  let total = 0;
  let idle = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < from || t > to) continue;
    const node = byId.get(profile.samples[i]);
    const name = node.callFrame.functionName;
    total++;
    if (name === "(idle)") {
      idle++;
      continue;
    }
    const k = fnKey(node);
    self.set(k, (self.get(k) ?? 0) + 1);
    const b = name.startsWith("(") ? name : bucketOf(node.callFrame.url);
    packages.set(b, (packages.get(b) ?? 0) + 1);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const key = fnKey(byId.get(id));
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + 1);
    }
  }
  const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return { total, idle, self: sorted(self), inclusive: sorted(inclusive), packages: sorted(packages) };
}

const cleanups = [];
async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch((e) => console.error(`cleanup: ${e.message}`));
}

async function main() {
  rmSync(DIR, { recursive: true, force: true });
  const ctx = await prepare({
    poolMax: Number(option("pool", "10")),
    nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${DIR}`],
    cleanups,
    step: (text) => console.log(`\n${text}`),
  });
  for (const scenario of scenarios) {
    if (!ctx.scenarios[scenario])
      throw new Error(`unknown scenario ${scenario}; one of ${Object.keys(ctx.scenarios).join(", ")}`);
  }
  // Warm every scenario before measuring any, so the first is not measured on colder code.
  for (const scenario of scenarios) {
    const options = ctx.scenarios[scenario];
    await options.before?.();
    await httpRun({ ...options, connections, duration: 5 });
  }
  const windows = [];
  for (const scenario of scenarios) {
    const options = ctx.scenarios[scenario];
    await options.before?.();
    const from = monotonicMicros();
    const r = await httpRun({ ...options, connections, duration });
    const to = monotonicMicros();
    windows.push({ scenario, from, to, r });
    console.log(
      `\n${scenario} at ${connections} connections: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (bad ${r.bad}, non-2xx ${r.non2xx})`,
    );
  }
  await cleanup(); // the server writes its profile when it exits
  const file = readdirSync(DIR).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile in ${DIR}`);
  const profile = JSON.parse(readFileSync(`${DIR}/${file}`, "utf8"));
  const resolve = sourceResolver();
  const layers = {};
  for (const { scenario, from, to, r } of windows) {
    const s = summarize(profile, from, to);
    layers[scenario] = layerTimes(profile, { from, to, requests: r.requests }, resolve);
    const pct = (n) => `${((100 * n) / s.total).toFixed(1).padStart(5)}%`;
    const lines = [
      `CPU profile of next start during ${duration} s of "${scenario}" at ${connections} connections (${r.requests} requests)`,
      `samples ${s.total}, idle ${pct(s.idle)}; per request ≈ ${(((s.total - s.idle) / r.requests) * ((duration * 1000) / s.total)).toFixed(2)} ms of server CPU`,
      "",
      "By package (self time):",
      ...s.packages.slice(0, top).map(([k, n]) => `  ${pct(n)}  ${k}`),
      "",
      "Top functions, self time:",
      ...s.self.slice(0, top).map(([k, n]) => `  ${pct(n)}  ${k}`),
      "",
      "Top functions, inclusive time:",
      ...s.inclusive.slice(0, top * 2).map(([k, n]) => `  ${pct(n)}  ${k}`),
      "",
      "Our code by file (self time, ms of server CPU per request):",
      ...layers[scenario].ours.slice(0, top).map(([f, ms]) => `  ${ms.toFixed(3).padStart(6)}  ${f}`),
    ];
    const out = `test-results/bench/profile-${scenario}.txt`;
    writeFileSync(out, `${lines.join("\n")}\n`);
    console.log(`\n${lines.join("\n")}\n\nWritten to ${out}`);
  }
  const table = [
    `Self time by layer, ms of server CPU per request (under --cpu-prof, which adds to every figure), ${connections} connections, ${duration} s each:`,
    "",
    layerTable(layers),
  ].join("\n");
  writeFileSync("test-results/bench/profile-layers.md", `${table}\n`);
  console.log(`\n${table}\n\nWritten to test-results/bench/profile-layers.md; raw profile ${DIR}/${file}`);
}

main().catch(async (error) => {
  console.error(error);
  await cleanup();
  process.exitCode = 1;
});
