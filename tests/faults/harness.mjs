// Shared machinery of the fault tests (run by scripts/faults.mjs): app servers,
// server-action calls over plain HTTP, a few database reads, and the check list.
// Everything talks to 127.0.0.1 only, and every loop is bounded.
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

export const run = promisify(execFile);
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Requests that take longer than this count as hanging. */
export const REQUEST_TIMEOUT_MS = 10_000;

// ---------------------------------------------------------------------------
// Checks

/** The named checks of one run: each passes or fails, with the figures behind it. */
export class Checks {
  results = [];
  skipped = 0;

  /** Records one named check and prints it at once (✓ / ✗ and its figures). */
  record(name, pass, details = {}) {
    const result = { name, pass: Boolean(pass), details };
    this.results.push(result);
    console.log(`${result.pass ? "✓" : "✗"} ${name}`);
    for (const [key, value] of Object.entries(details)) {
      const text = typeof value === "string" ? value : JSON.stringify(value);
      console.log(`    ${key}: ${text.length > 2_000 ? `${text.slice(0, 2_000)}…` : text}`);
    }
    return result.pass;
  }

  /** An observation worth reading that is not one of the agreed checks (not counted). */
  note(text) {
    console.log(`  ! ${text}`);
    this.results.push({ name: `note: ${text}`, pass: true, note: true, details: {} });
  }

  get passed() {
    return this.results.filter((r) => !r.note && r.pass).length;
  }

  get failed() {
    return this.results.filter((r) => !r.note && !r.pass).length;
  }
}

// ---------------------------------------------------------------------------
// App servers

/** Starts `next start` on 127.0.0.1:<port> (expects a built .next). */
export function startServer({ name, port, env, root, logDir }) {
  const log = createWriteStream(join(logDir, `faults-server-${name}.log`));
  const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const server = {
    name,
    port,
    base: `http://127.0.0.1:${port}`,
    child,
    exit: null,
    stopping: false,
  };
  server.exited = new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      server.exit = { code, signal };
      if (!server.stopping)
        console.log(`  ! server ${name} exited unexpectedly (code ${code}, signal ${signal})`);
      resolve(server.exit);
    });
  });
  return server;
}

export function isAlive(server) {
  return server.exit === null;
}

export async function waitForHealthy(server, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (!isAlive(server))
      throw new Error(`server ${server.name} exited while starting: ${JSON.stringify(server.exit)}`);
    const health = await getHealth(server, 2_000);
    if (health.status === 200) return;
    last = `${health.status} ${health.reason ?? ""}`;
    await sleep(250);
  }
  throw new Error(`server ${server.name} not healthy within ${timeoutMs} ms (last: ${last})`);
}

export async function stopServer(server) {
  if (!isAlive(server)) return;
  server.stopping = true;
  server.child.kill("SIGTERM");
  const done = await Promise.race([server.exited, sleep(5_000).then(() => null)]);
  if (!done && isAlive(server)) {
    server.child.kill("SIGKILL");
    await server.exited;
  }
}

/** GET /api/health: `{ status, reason, ms }`; status 0 when nothing answered. */
export async function getHealth(server, timeoutMs = REQUEST_TIMEOUT_MS) {
  const started = performance.now();
  try {
    const res = await fetch(`${server.base}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = await res.json().catch(() => ({}));
    // The public body says only "up" or "down"; the cause is in the server's log.
    return { status: res.status, body: body.status, reason: body.status, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, reason: `${error.name}: ${error.message}`, ms: performance.now() - started };
  }
}

// ---------------------------------------------------------------------------
// Server actions over HTTP

/**
 * The result an action's RSC response carries: the row with `"ok"`, or the
 * error row (`E{…}`) React writes when the action threw.
 */
export function parseActionResponse(text) {
  let result = null;
  let error = null;
  for (const line of text.split("\n")) {
    const match = /^[0-9a-f]+:(E?)(\{.*\})\s*$/.exec(line);
    if (!match) continue;
    let value;
    try {
      value = JSON.parse(match[2]);
    } catch {
      continue;
    }
    if (match[1] === "E") error ??= value;
    else if (value && typeof value.ok === "boolean") result ??= value;
  }
  return { result, error };
}

/**
 * Calls a captured server action like the browser does. `action` is
 * `{ id, path, tree }`; `body` a string (JSON arguments) or FormData.
 * Never throws: network errors and time-outs come back as fields.
 */
export async function callAction(
  base,
  action,
  { body, cookie, headers = {}, timeoutMs = REQUEST_TIMEOUT_MS } = {},
) {
  const requestHeaders = {
    accept: "text/x-component",
    "next-action": action.id,
    ...(action.tree ? { "next-router-state-tree": action.tree } : {}),
    ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}),
    ...(cookie ? { cookie } : {}),
    ...headers,
  };
  const t0 = performance.now();
  const out = {
    t0,
    t1: 0,
    ms: 0,
    status: 0,
    text: "",
    result: null,
    error: null,
    timedOut: false,
    networkError: null,
    headers: null,
  };
  try {
    const res = await fetch(`${base}${action.path}`, {
      method: "POST",
      headers: requestHeaders,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    out.status = res.status;
    out.headers = res.headers;
    out.text = await res.text();
    Object.assign(out, parseActionResponse(out.text));
  } catch (error) {
    if (error.name === "TimeoutError" || error.name === "AbortError") out.timedOut = true;
    else out.networkError = `${error.name}: ${error.cause?.code ?? error.message}`;
  }
  out.t1 = performance.now();
  out.ms = out.t1 - t0;
  return out;
}

/** The arguments of a form action (`useActionState`), encoded as React encodes them. */
export function formActionBody(fields, prefix = "_1_") {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(`${prefix}${key}`, value);
  form.append("0", '[null,"$K1"]');
  return form;
}

/** The session cookie a response set, as a `cookie` request header, or null. */
export function sessionCookieFrom(headers) {
  const all = headers?.getSetCookie?.() ?? [];
  const line = all.find((c) => c.startsWith("next-auth.session-token="));
  return line ? line.split(";")[0] : null;
}

/** A response is a clean refusal when it is a 4xx, or carries `ok:false` with a message. */
export function isCleanRefusal(r) {
  if (r.status >= 400 && r.status < 500) return true;
  if (r.status >= 500) return false;
  return r.result?.ok === false && typeof r.result.message === "string" && r.result.message.trim() !== "";
}

/** 5xx or no answer at all. */
export function isServerFailure(r) {
  return r.status >= 500 || r.status === 0;
}

// ---------------------------------------------------------------------------
// Small statistics

export function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function latencySummary(values) {
  return {
    p50: Math.round(percentile(values, 50)),
    p95: Math.round(percentile(values, 95)),
    max: Math.round(Math.max(0, ...values)),
  };
}

/** Runs `fn` over `items` with at most `limit` at a time; results in input order. */
export async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index], index);
    }
  });
  await Promise.all(workers);
  return results;
}

// ---------------------------------------------------------------------------
// Database reads (pg Pool on the test database)

/** Status per item of one user. */
export async function statusesOf(pool, userId) {
  const { rows } = await pool.query(
    `SELECT "itemId", status::text AS status FROM "ItemProgress" WHERE "userId" = $1`,
    [userId],
  );
  return new Map(rows.map((r) => [r.itemId, r.status]));
}

/** Activity rows of one user in commit order (per item, the row lock orders them). */
export async function activityOf(pool, userId) {
  const { rows } = await pool.query(
    `SELECT id::text, "itemId", "fromStatus"::text AS "from", "toStatus"::text AS "to"
       FROM "Activity" WHERE "userId" = $1 ORDER BY "Activity".id`,
    [userId],
  );
  return rows;
}

/**
 * Per item: the Activity rows must form one unbroken chain starting at "todo"
 * (the status of a row that did not exist) and ending at the stored status.
 * Returns a list of problems (empty = consistent).
 */
export function chainProblems(activity, statuses, itemIds) {
  const problems = [];
  for (const itemId of itemIds) {
    const rows = activity.filter((a) => a.itemId === itemId);
    let current = "todo";
    for (const row of rows) {
      if (row.from !== current)
        problems.push(
          `${itemId}: activity ${row.id} goes ${row.from}→${row.to} but the status was ${current}`,
        );
      if (row.from === row.to)
        problems.push(`${itemId}: activity ${row.id} records no change (${row.from}→${row.to})`);
      current = row.to;
    }
    const stored = statuses.get(itemId) ?? "todo";
    if (stored !== current)
      problems.push(`${itemId}: stored status ${stored} but the activity chain ends at ${current}`);
  }
  return problems;
}

const SNAPSHOT_TABLES = [
  "User",
  "Enrollment",
  "ItemProgress",
  "ItemNote",
  "Activity",
  "RateLimiterFlexible",
  "Account",
  "Session",
];

/** Row count and an md5 of every row, per table: any change shows. */
export async function snapshot(pool) {
  const out = {};
  for (const table of SNAPSHOT_TABLES) {
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`,
    );
    out[table] = { rows: rows[0].n, md5: rows[0].sum };
  }
  return out;
}

export function snapshotDiff(before, after) {
  return Object.keys(before)
    .filter((table) => before[table].rows !== after[table].rows || before[table].md5 !== after[table].md5)
    .map(
      (table) =>
        `${table}: ${before[table].rows} → ${after[table].rows} rows${before[table].md5 !== after[table].md5 ? ", contents changed" : ""}`,
    );
}
