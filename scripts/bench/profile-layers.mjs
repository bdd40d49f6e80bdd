// Where a page's server CPU goes, by layer: React's two renderers, Next.js, our own code, the
// database client, streams, garbage collection. Used by profile.mjs. Minified frames (Next's
// compiled runtime, the .next server chunks) are mapped back to their sources through the .map
// files next to them, so a frame is classified by the file it was written in.
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve as resolvePath } from "node:path";
import { fileURLToPath } from "node:url";

import { SourceMapConsumer } from "source-map-js";

export const LAYERS = {
  fizz: "React: HTML renderer (Fizz)",
  flightServer: "React: RSC payload renderer (Flight)",
  flightClient: "React: RSC payload read back for HTML",
  react: "React: core and hooks",
  next: "Next.js",
  ours: "our code (lib/, app/)",
  db: "database client (Prisma, pg)",
  io: "streams, text encoding, socket writes",
  gc: "garbage collection",
  runtime: "Node and V8 (async hooks, microtasks, other)",
  other: "other packages",
};

const NATIVE_IO = new Set(["writev", "writeUtf8String", "writeBuffer", "encodeInto", "writeLatin1String"]);

/**
 * The layer of one sampled frame. `frame` is a V8 call frame ({ functionName, url }); `source` is
 * the file it was written in (normalizeSource): for example "lib/progress/dashboard.ts",
 * "node_modules/pg/lib/client.js" or
 * "webpack://next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js".
 */
export function layerOf(frame, source) {
  const { functionName, url } = frame;
  if (functionName === "(garbage collector)") return LAYERS.gc;
  if (!url) return NATIVE_IO.has(functionName) ? LAYERS.io : LAYERS.runtime;
  const file = source ?? url;
  if (/react-dom-server[^/]*\.js$/.test(file)) return LAYERS.fizz;
  if (/react-server-dom-[a-z]+-server[^/]*\.js$/.test(file)) return LAYERS.flightServer;
  if (/react-server-dom-[a-z]+-client[^/]*\.js$/.test(file)) return LAYERS.flightClient;
  if (/\/compiled\/react(-dom)?\/|node_modules\/react(-dom)?\//.test(file)) return LAYERS.react;
  // Prisma's generated client lives in lib/generated/prisma but is the database client, not our code.
  if (
    /node_modules\/(@prisma\/|pg\/|pg-pool\/|pg-protocol\/|pg-types\/|postgres-)|^lib\/generated\/prisma\//.test(
      file,
    )
  )
    return LAYERS.db;
  if (url.startsWith("node:")) {
    return /^node:internal\/(streams|webstreams|stream_base_commons|net|encoding|buffer)|^node:(buffer|net|stream)/.test(
      url,
    )
      ? LAYERS.io
      : LAYERS.runtime;
  }
  if (ourFile(file) !== null) return LAYERS.ours;
  if (/(^|\/)next\/|node_modules\/next\/|\[turbopack\]/.test(file)) return LAYERS.next;
  return LAYERS.other;
}

/** "lib/progress/dashboard.ts" for a file of ours (see normalizeSource), else null. */
export function ourFile(source) {
  return source && /^(lib|app)\//.test(source) ? source : null;
}

/**
 * A source map's source as a path from the project's root when it lies inside it
 * ("../../../../lib/x.ts" next to .next/server/chunks/ssr/ becomes "lib/x.ts"; Next's own map entries
 * become "node_modules/next/…"), with route groups decoded; other schemes as they are.
 */
export function normalizeSource(source, scriptPath, root) {
  let path = source;
  if (path.startsWith("turbopack:///[project]/")) path = path.slice("turbopack:///[project]/".length);
  else if (/^[a-z]+:/.test(path)) return path;
  else path = relative(root, isAbsolute(path) ? path : resolvePath(dirname(scriptPath), path));
  path = path.split("\\").join("/");
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Maps a frame to the file it was written in, reading each script's .map once. */
export function sourceResolver(root = process.cwd()) {
  const consumers = new Map();
  return (frame) => {
    if (!frame.url.startsWith("file://")) return null;
    const script = fileURLToPath(frame.url);
    let consumer = consumers.get(script);
    if (consumer === undefined) {
      const mapFile = `${script}.map`;
      consumer = existsSync(mapFile)
        ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, "utf8")))
        : null;
      consumers.set(script, consumer);
    }
    // V8's positions are 0-based; source maps take 1-based lines and 0-based columns.
    const source =
      consumer?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber }).source ??
      script;
    return normalizeSource(source, script, root);
  };
}

/**
 * Self time per layer, and per file of ours, of the samples taken in [from, to] (µs on the
 * profile's clock), in milliseconds per request. `requests` is how many the load served then.
 */
export function layerTimes(profile, { from, to, requests }, resolve = sourceResolver()) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const memo = new Map();
  const classify = (node) => {
    let hit = memo.get(node.id);
    if (hit === undefined) {
      const source = resolve(node.callFrame);
      hit = { layer: layerOf(node.callFrame, source), file: ourFile(source) };
      memo.set(node.id, hit);
    }
    return hit;
  };
  const layers = new Map();
  const ours = new Map();
  let t = profile.startTime;
  let samples = 0;
  let previous = profile.startTime;
  let busyMicros = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < from || t > to) {
      previous = t;
      continue;
    }
    const interval = t - previous;
    previous = t;
    const node = byId.get(profile.samples[i]);
    samples++;
    const name = node.callFrame.functionName;
    if (name === "(idle)") continue;
    const { layer, file } = classify(node);
    layers.set(layer, (layers.get(layer) ?? 0) + interval);
    if (file) ours.set(file, (ours.get(file) ?? 0) + interval);
    busyMicros += interval;
  }
  const perRequest = (micros) => micros / 1000 / requests;
  const sorted = (map) =>
    [...map.entries()].map(([key, micros]) => [key, perRequest(micros)]).sort((a, b) => b[1] - a[1]);
  return { samples, totalMs: perRequest(busyMicros), layers: sorted(layers), ours: sorted(ours) };
}

/** A Markdown table of several scenarios' layer times side by side (ms of server CPU per request). */
export function layerTable(results) {
  const names = Object.keys(results);
  const layers = Object.values(LAYERS).filter((layer) =>
    names.some((name) => results[name].layers.some(([key]) => key === layer)),
  );
  const value = (name, layer) => results[name].layers.find(([key]) => key === layer)?.[1] ?? 0;
  const first = names[0];
  layers.sort((a, b) => value(names.at(-1), b) - value(names.at(-1), a));
  const header = `| Layer | ${names.map((n) => `${n}, ms`).join(" | ")} |${names.length > 1 ? ` ${names.at(-1)} − ${first} |` : ""}`;
  const rule = `|---|${names.map(() => "---:").join("|")}|${names.length > 1 ? "---:|" : ""}`;
  const row = (label, get) =>
    `| ${label} | ${names.map((n) => get(n).toFixed(2)).join(" | ")} |${
      names.length > 1 ? ` ${signed(get(names.at(-1)) - get(first))} |` : ""
    }`;
  return [
    header,
    rule,
    ...layers.map((layer) => row(layer, (name) => value(name, layer))),
    row("**total**", (name) => results[name].totalMs),
  ].join("\n");
}

const signed = (n) => `${n >= 0 ? "+" : "−"}${Math.abs(n).toFixed(2)}`;
