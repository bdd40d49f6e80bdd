// Prints the gzip size of the JavaScript each route loads on first visit, from
// the build's .next/diagnostics/route-bundle-stats.json (Next 16 no longer prints it).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

export function bundleSizes(dir = ".next") {
  const stats = JSON.parse(readFileSync(`${dir}/diagnostics/route-bundle-stats.json`, "utf8"));
  const cache = new Map();
  const gz = (path) => {
    if (!cache.has(path)) cache.set(path, gzipSync(readFileSync(path.replace(/^\.next/, dir))).length);
    return cache.get(path);
  };
  return stats.map((r) => ({
    route: r.route,
    rawBytes: r.firstLoadUncompressedJsBytes,
    gzipBytes: r.firstLoadChunkPaths.reduce((sum, p) => sum + gz(p), 0),
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of bundleSizes().sort((a, b) => a.route.localeCompare(b.route))) {
    console.log(
      `${r.route.padEnd(28)} ${(r.gzipBytes / 1024).toFixed(1).padStart(7)} kB gzip  ${(r.rawBytes / 1024).toFixed(1).padStart(7)} kB raw`,
    );
  }
}
