// 3. PostgreSQL stopped and started again while check-offs are being sent:
// requests fail cleanly while it is down, /api/health says down (and logs why), the app recovers
// by itself, and no acknowledged write is lost.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import {
  activityOf,
  callAction,
  chainProblems,
  getHealth,
  isAlive,
  latencySummary,
  run,
  sleep,
  statusesOf,
} from "./harness.mjs";

const DOWN_MS = 3_000;
const RECOVERY_LIMIT_MS = 10_000;
const HANG_MS = 10_000;
const LOAD_CLIENTS = 4;
const MAX_PER_CLIENT = 400;

/** `pg_ctlcluster <version> <cluster>`: FAULTS_PG_CLUSTER ("17 main"), else the first in /etc/postgresql. */
function cluster() {
  if (process.env.FAULTS_PG_CLUSTER) return process.env.FAULTS_PG_CLUSTER.split(/\s+/);
  if (!existsSync("/etc/postgresql")) return null;
  const version = readdirSync("/etc/postgresql").sort()[0];
  return version ? [version, "main"] : null;
}

async function pgctl(command) {
  const [version, name] = cluster();
  await run("pg_ctlcluster", ["--skip-systemctl-redirect", version, name, command], { timeout: 60_000 });
}

async function pgReady() {
  try {
    await run("pg_isready", ["-h", "127.0.0.1", "-p", "5432", "-q"], { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/** A failure answer is clean when it says what happened: ok:false with a message, a 4xx, or a 5xx with a message. */
function cleanFailure(r) {
  if (r.timedOut || r.networkError || r.ms > HANG_MS) return false;
  if (r.result?.ok === false) return typeof r.result.message === "string" && r.result.message.trim() !== "";
  if (r.status >= 400 && r.status < 500) return true;
  if (r.status >= 500) return Boolean(r.result?.message);
  return false;
}

export function canRestartPostgres() {
  return cluster() !== null;
}

export async function postgresRestart(ctx, checks) {
  const { A, B } = ctx.servers;
  const servers = [A, B];
  const user = ctx.users.restart;
  const action = ctx.actions.setItemStatus;
  const loadItems = Array.from({ length: LOAD_CLIENTS }, (_, c) => ctx.items[(40 + c) % ctx.items.length]);
  const probeItem = ctx.items[(40 + LOAD_CLIENTS) % ctx.items.length];
  console.log(
    `\n3. PostgreSQL stopped for ${DOWN_MS / 1000} s and started again under a load of ${LOAD_CLIENTS} clients (pg_ctlcluster ${cluster().join(" ")})`,
  );

  const writes = loadItems.map(() => []);
  let stopLoad = false;
  const load = loadItems.map(async (itemId, c) => {
    const server = servers[c % servers.length];
    for (let i = 0; i < MAX_PER_CLIENT && !stopLoad; i += 1) {
      const status = i % 2 === 0 ? "done" : "todo";
      const r = await callAction(server.base, action, {
        body: JSON.stringify([{ itemId, status }]),
        cookie: user.cookie,
        timeoutMs: HANG_MS + 2_000,
      });
      writes[c].push({
        itemId,
        status,
        r,
        ok: r.result?.ok === true,
        changed: r.result?.ok === true && r.result.data?.changed === true,
      });
      await sleep(40);
    }
  });

  const health = { A: [], B: [] };
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const [a, b] = await Promise.all(servers.map((s) => getHealth(s)));
      health.A.push({ at: performance.now(), ...a });
      health.B.push({ at: performance.now(), ...b });
      await sleep(300);
    }
  })();

  let tStop = 0;
  let tDown = 0;
  let tUp = 0;
  let recoveredMs = null;
  let recovery = "";
  try {
    await sleep(2_000);
    tStop = performance.now();
    await pgctl("stop");
    tDown = performance.now();
    await sleep(DOWN_MS);
    await pgctl("start");
    tUp = performance.now();

    // Recovery: both instances healthy and a check-off accepted by each.
    let flip = 0;
    while (performance.now() - tUp < 30_000) {
      const [ha, hb] = await Promise.all(servers.map((s) => getHealth(s, 5_000)));
      if (ha.status === 200 && hb.status === 200) {
        flip += 1;
        const status = flip % 2 === 0 ? "done" : "todo";
        const results = await Promise.all(
          servers.map((s) =>
            callAction(s.base, action, {
              body: JSON.stringify([{ itemId: probeItem, status }]),
              cookie: user.cookie,
            }),
          ),
        );
        if (results.every((r) => r.result?.ok === true)) {
          recoveredMs = performance.now() - tUp;
          break;
        }
        recovery = `health 200, check-off: ${results.map((r) => r.result?.message ?? r.status).join(" / ")}`;
      } else {
        recovery = `health A ${ha.status} ${ha.reason ?? ""}, B ${hb.status} ${hb.reason ?? ""}`;
      }
      await sleep(200);
    }
    await sleep(2_000);
  } finally {
    stopLoad = true;
    await Promise.all(load);
    probing = false;
    await probe;
    if (!(await pgReady())) {
      console.log("  ! PostgreSQL is not answering after the test: starting it");
      await pgctl("start").catch((error) => console.log(`  ! could not start PostgreSQL: ${error.message}`));
    }
  }

  const all = writes.flat();
  const whileDown = all.filter((w) => w.r.t0 >= tStop && w.r.t0 <= tUp);
  const failed = all.filter((w) => !w.ok);
  const unclean = failed.filter((w) => !cleanFailure(w.r));
  const sample = (list) =>
    [
      ...new Set(
        list.map((w) =>
          w.r.result?.message
            ? `${w.r.status} ok:false "${w.r.result.message}"`
            : w.r.timedOut
              ? "timed out"
              : (w.r.networkError ??
                `${w.r.status} ${w.r.error ? `E${JSON.stringify(w.r.error)}` : w.r.text.slice(0, 80)}`),
        ),
      ),
    ].slice(0, 6);
  const digestOnly = (list) => list.filter((w) => w.r.status >= 500 && !w.r.result?.message).length;
  checks.record(
    "3a. while PostgreSQL is down, check-offs fail cleanly (ok:false or 4xx/5xx with a message) and none hangs over 10 s",
    failed.length > 0 && unclean.length === 0,
    {
      "outage (stop command → start command done), ms": Math.round(tUp - tStop),
      "requests in all": all.length,
      "sent while down": whileDown.length,
      "failed in all": failed.length,
      "failed cleanly": failed.length - unclean.length,
      "5xx with only an error digest": digestOnly(failed),
      "timed out or dropped": failed.filter((w) => w.r.timedOut || w.r.networkError).length,
      "latency of failures ms": latencySummary(failed.map((w) => w.r.ms)),
      "answers seen": sample(failed),
    },
  );

  checks.record("3b. no server process crashed", servers.every(isAlive), {
    A: isAlive(A) ? "running" : JSON.stringify(A.exit),
    B: isAlive(B) ? "running" : JSON.stringify(B.exit),
  });

  const healthDuring = Object.fromEntries(
    Object.entries(health).map(([name, list]) => {
      const during = list.filter((h) => h.at >= tDown && h.at <= tUp);
      return [
        name,
        { during, reasons: [...new Set(during.filter((h) => h.status === 503).map((h) => h.reason))] },
      ];
    }),
  );
  // Publicly only "down"; the reason goes to each server's log ("[health] database unreachable: <cause>").
  const logged = Object.fromEntries(
    ["A", "B"].map((name) => {
      let text = "";
      try {
        text = readFileSync(join("test-results", `faults-server-${name}.log`), "utf8");
      } catch {
        // no log: the check below fails and says so
      }
      const lines = text.split("\n").filter((l) => l.includes("[health] database unreachable:"));
      return [name, lines];
    }),
  );
  const saysWhy = (line) => /\[health\] database unreachable: \S/.test(line);
  const healthOk = Object.entries(healthDuring).every(
    ([name, { during }]) =>
      during.some((h) => h.status === 503) &&
      during.every((h) => h.status !== 503 || h.body === "down") &&
      (logged[name] ?? []).some(saysWhy),
  );
  checks.record(
    '3c. /api/health answers 503 "down" during the outage (nothing more in public) and logs why',
    healthOk,
    Object.fromEntries(
      Object.entries(healthDuring).map(([name, { during, reasons }]) => [
        name,
        `${during.length} probes: ${during.filter((h) => h.status === 503).length}×503, ${during.filter((h) => h.status === 200).length}×200, ${during.filter((h) => h.status === 0).length}× no answer; slowest ${Math.round(Math.max(0, ...during.map((h) => h.ms)))} ms; bodies ${JSON.stringify(reasons.slice(0, 3))}; log ${JSON.stringify((logged[name] ?? []).slice(0, 2))}`,
      ]),
    ),
  );

  checks.record(
    `3d. both instances recover by themselves within ${RECOVERY_LIMIT_MS / 1000} s after PostgreSQL is back (health 200 and a check-off on each)`,
    recoveredMs !== null && recoveredMs <= RECOVERY_LIMIT_MS,
    {
      "recovered after ms": recoveredMs === null ? "not within 30 s" : Math.round(recoveredMs),
      ...(recoveredMs === null ? { "last state": recovery } : {}),
    },
  );

  // Per item (one sequential client each): the stored status is that of the last
  // acknowledged write, or of a later unacknowledged one (it may have committed).
  const statuses = await statusesOf(ctx.pool, user.id);
  const lost = [];
  for (const list of writes) {
    if (list.length === 0) continue;
    const itemId = list[0].itemId;
    const lastAck = list.map((w) => w.ok).lastIndexOf(true);
    const allowed = new Set(
      list
        .slice(Math.max(lastAck, 0))
        .filter((w, i) => i === 0 || !w.ok)
        .map((w) => w.status),
    );
    if (lastAck === -1) allowed.add("todo");
    // A request that timed out may still commit later than anything else.
    for (const w of list) if (w.r.timedOut) allowed.add(w.status);
    if (!allowed.has(statuses.get(itemId) ?? "todo")) {
      lost.push(
        `${itemId}: stored ${statuses.get(itemId)}, last acknowledged ${lastAck >= 0 ? list[lastAck].status : "none"}`,
      );
    }
  }
  const activity = await activityOf(ctx.pool, user.id);
  const chain = chainProblems(activity, statuses, loadItems);
  const ackedChanges = all.filter((w) => w.changed);
  const loggedForLoad = activity.filter((a) => loadItems.includes(a.itemId)).length;
  checks.record(
    "3e. no acknowledged write lost (stored status = last acknowledged or a later attempt; its Activity is there)",
    lost.length === 0 && chain.length === 0 && loggedForLoad >= ackedChanges.length,
    {
      "acknowledged writes": all.filter((w) => w.ok).length,
      "acknowledged changes": ackedChanges.length,
      "Activity rows for those items": loggedForLoad,
      lost,
      "activity chain problems": chain.slice(0, 5),
    },
  );
}
