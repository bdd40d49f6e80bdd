// Load generation for scripts/bench.mjs: autocannon against 127.0.0.1, and a direct
// `pg` loop for the database floor. Every run is bounded in time.
import autocannon from "autocannon";
import pg from "pg";

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

function summarize(latencies, seconds, extra) {
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    ...extra,
  };
}

/**
 * One autocannon run. `setupRequest(req)` may rewrite each request (body, headers);
 * `check(status, body)` returns false for a response that is wrong although 2xx.
 * Latencies of every response are kept, so p95 is exact (autocannon reports p97.5).
 */
export async function httpRun({
  url,
  connections,
  duration,
  method = "GET",
  headers = {},
  body,
  setupRequest,
  check,
  timeout = 10,
}) {
  const latencies = [];
  let bad = 0;
  let badSample = "";
  const request = { method, path: new URL(url).pathname + new URL(url).search, headers, body };
  // `context` is autocannon's per-connection object: a request and its response share it.
  if (setupRequest) request.setupRequest = (req, context) => setupRequest(req, context);
  if (check) {
    request.onResponse = (status, resBody, context) => {
      if (status >= 200 && status < 300 && !check(status, resBody, context)) {
        bad++;
        badSample ||= String(resBody).slice(0, 300);
      }
    };
  }
  const instance = autocannon({
    url: new URL(url).origin,
    connections,
    duration,
    timeout,
    requests: [request],
    renderProgressBar: false,
    renderResultsTable: false,
    renderLatencyTable: false,
  });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await instance;
  return summarize(latencies, result.duration, {
    connections,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bad,
    badSample,
  });
}

/**
 * The database floor: `connections` clients each looping one
 * `INSERT … ON CONFLICT DO UPDATE` (alternating done/todo on its own row, so every
 * statement writes and commits) for `duration` seconds, or `sql`/`params` instead.
 */
export async function pgRun({ url, connections, duration, statement }) {
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + duration * 1000;
  try {
    await Promise.all(
      clients.map(async (c, worker) => {
        for (let i = 0; performance.now() < deadline && i < 1_000_000; i++) {
          const { sql, params } = statement(worker, i);
          const t = performance.now();
          try {
            await c.query(sql, params);
            latencies.push(performance.now() - t);
          } catch {
            errors++;
          }
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  return summarize(latencies, (performance.now() - started) / 1000, {
    connections,
    errors,
    timeouts: 0,
    non2xx: 0,
    bad: 0,
  });
}
