// Machine description, load-average gate and CPU accounting for scripts/bench.mjs.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, freemem, totalmem } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

export function loadAverage() {
  const [one, five, fifteen] = readFileSync("/proc/loadavg", "utf8").split(" ").map(Number);
  return { one, five, fifteen };
}

export function formatLoad(l) {
  return `${l.one.toFixed(2)} / ${l.five.toFixed(2)} / ${l.fifteen.toFixed(2)}`;
}

function tryExec(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

/** nproc, free -h, the CPU model, Node's version; PostgreSQL's is added by the caller. */
export function describeMachine() {
  let cpuModel = "";
  try {
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "";
  } catch {
    // not Linux
  }
  return {
    nproc: tryExec("nproc", []) || String(cpus().length),
    cpuModel: cpuModel || cpus()[0]?.model || "unknown",
    free:
      tryExec("free", ["-h"]) ||
      `${(totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(freemem() / 2 ** 30).toFixed(1)} GiB free`,
    kernel: tryExec("uname", ["-sr"]),
    node: process.version,
  };
}

/**
 * Waits (bounded) until the 1-minute load average is below `below`, so that other
 * work on a shared machine does not pollute the figures. Returns what it saw.
 */
export async function waitForQuietMachine({ below = 1, maxWaitSeconds = 300, log = console.log } = {}) {
  const started = Date.now();
  let load = loadAverage();
  if (load.one < below) return { load, waitedSeconds: 0, quiet: true };
  log(
    `  load average ${formatLoad(load)}: waiting up to ${maxWaitSeconds}s for the 1-min figure to drop below ${below}`,
  );
  while ((Date.now() - started) / 1000 < maxWaitSeconds) {
    await sleep(10_000);
    load = loadAverage();
    if (load.one < below) break;
  }
  const waitedSeconds = Math.round((Date.now() - started) / 1000);
  const quiet = load.one < below;
  log(
    `  load average ${formatLoad(load)} after ${waitedSeconds}s${quiet ? "" : " (still busy: measuring anyway, see the report)"}`,
  );
  return { load, waitedSeconds, quiet };
}

const TICKS_PER_SECOND = Number(tryExec("getconf", ["CLK_TCK"])) || 100;

/** CPU time (user + system, ms) a process has used so far; 0 when it is gone. */
export function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // after "(comm) ": state is field 3, utime 14 and stime 15 (1-based in proc(5))
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU time of the server process and its descendants (ms). */
export function treeCpuMs(rootPid) {
  let total = 0;
  const stack = [rootPid];
  const seen = new Set();
  while (stack.length) {
    const pid = stack.pop();
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += processCpuMs(pid);
    try {
      for (const tid of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean))
        stack.push(Number(tid));
    } catch {
      // no children file (not Linux, or gone)
    }
  }
  return total;
}
