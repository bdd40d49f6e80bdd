// `next start` for the scripts that need a running production server (benchmark, screenshots).
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** A TCP port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Node flags of the production server, as in package.json's `start` and the Dockerfile's CMD: a
 * 32 MB young generation, so that rendering a page's short-lived objects costs fewer scavenges (ADR 040).
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=32"];

/** Starts `next start` on 127.0.0.1 and resolves once /api/health answers 200. */
export async function startServer({ port, env, logFile, nodeArgs = [], timeoutMs = 60_000 }) {
  const out = createWriteStream(logFile, { flags: "w" });
  const child = spawn(
    process.execPath,
    [
      ...SERVER_NODE_FLAGS,
      ...nodeArgs,
      "node_modules/next/dist/bin/next",
      "start",
      "-H",
      "127.0.0.1",
      "-p",
      String(port),
    ],
    {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.once("exit", (code, signal) => {
    exited = { code, signal };
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`next start exited early (${JSON.stringify(exited)}); see ${logFile}`);
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) {
        return {
          base,
          pid: child.pid,
          async stop() {
            if (exited) return;
            const done = new Promise((resolve) => child.once("exit", resolve));
            child.kill("SIGTERM");
            const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
            await done;
            clearTimeout(timer);
            out.end();
          },
        };
      }
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  child.kill("SIGKILL");
  throw new Error(`next start did not answer /api/health within ${timeoutMs / 1000}s; see ${logFile}`);
}
