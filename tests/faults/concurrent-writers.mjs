// 1. Concurrent writers: many clients of one user change the status of the same
// few items at once, on both instances; afterwards the database must agree with
// what the clients were told.
import {
  activityOf,
  callAction,
  chainProblems,
  isServerFailure,
  latencySummary,
  statusesOf,
} from "./harness.mjs";

const STATUSES = ["done", "todo", "in_progress"];

export async function concurrentWriters(ctx, checks) {
  const { clients, perClient } = ctx.config;
  const user = ctx.users.writer;
  const action = ctx.actions.setItemStatus;
  const items = ctx.items.slice(0, 5);
  const servers = [ctx.servers.A, ctx.servers.B];
  console.log(
    `\n1. Concurrent writers: ${clients} clients × ${perClient} status changes on ${items.length} items, one session, instances A and B`,
  );

  const writes = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const server = servers[c % servers.length];
      for (let j = 0; j < perClient; j += 1) {
        const itemId = items[(c + j) % items.length];
        const status = STATUSES[(2 * c + j) % STATUSES.length];
        const r = await callAction(server.base, action, {
          body: JSON.stringify([{ itemId, status }]),
          cookie: user.cookie,
        });
        writes.push({
          client: c,
          itemId,
          status,
          t0: r.t0,
          t1: r.t1,
          ms: r.ms,
          http: r.status,
          ok: r.result?.ok === true,
          changed: r.result?.ok === true && r.result.data?.changed === true,
          previous: r.result?.data?.previous,
          failure:
            r.result?.ok === true
              ? null
              : r.timedOut
                ? "timed out"
                : (r.networkError ?? `${r.status} ${r.result?.message ?? r.text.slice(0, 120)}`),
        });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const acked = writes.filter((w) => w.ok);
  const serverFailures = writes.filter((w) => isServerFailure({ status: w.http }));
  const failures = writes.filter((w) => !w.ok);
  checks.record("1a. every change is answered ok:true, zero 5xx, none hangs", failures.length === 0, {
    requests: writes.length,
    acknowledged: acked.length,
    "5xx or no answer": serverFailures.length,
    "other failures": failures.length - serverFailures.length,
    "first failures": failures.slice(0, 5).map((w) => w.failure),
    seconds: Number(seconds.toFixed(1)),
    "requests per second": Math.round(writes.length / seconds),
    "latency ms": latencySummary(writes.map((w) => w.ms)),
  });

  const { rows: dupes } = await ctx.pool.query(
    `SELECT "itemId", count(*)::int AS n FROM "ItemProgress" WHERE "userId" = $1 GROUP BY 1 HAVING count(*) > 1`,
    [user.id],
  );
  const statuses = await statusesOf(ctx.pool, user.id);
  checks.record(
    "1b. one ItemProgress row per (user, item)",
    dupes.length === 0 && statuses.size === items.length,
    {
      rows: statuses.size,
      items: items.length,
      duplicates: dupes,
    },
  );

  // Every change the server reported (previous → status) must be exactly one Activity row.
  const activity = await activityOf(ctx.pool, user.id);
  const changed = acked.filter((w) => w.changed);
  const key = (itemId, from, to) => `${itemId} ${from}→${to}`;
  const reported = new Map();
  for (const w of changed)
    reported.set(
      key(w.itemId, w.previous, w.status),
      (reported.get(key(w.itemId, w.previous, w.status)) ?? 0) + 1,
    );
  const logged = new Map();
  for (const a of activity)
    logged.set(key(a.itemId, a.from, a.to), (logged.get(key(a.itemId, a.from, a.to)) ?? 0) + 1);
  const mismatches = [...new Set([...reported.keys(), ...logged.keys()])]
    .filter((k) => (reported.get(k) ?? 0) !== (logged.get(k) ?? 0))
    .map((k) => `${k}: reported ${reported.get(k) ?? 0}, logged ${logged.get(k) ?? 0}`);
  checks.record(
    "1c. Activity rows = acknowledged writes that reported changed:true (same transitions)",
    activity.length === changed.length && mismatches.length === 0,
    {
      "changed:true acknowledged": changed.length,
      "changed:false acknowledged": acked.length - changed.length,
      "Activity rows": activity.length,
      "per item (reported / logged)": Object.fromEntries(
        items.map((id) => [
          id,
          `${changed.filter((w) => w.itemId === id).length} / ${activity.filter((a) => a.itemId === id).length}`,
        ]),
      ),
      mismatches: mismatches.slice(0, 10),
    },
  );

  const problems = chainProblems(activity, statuses, items);
  checks.record(
    "1d. per item, Activity is one unbroken chain ending at the stored status",
    problems.length === 0,
    {
      problems: problems.slice(0, 10),
    },
  );

  // The stored status must come from a write that no other write entirely followed:
  // a write whose response arrived before another write to the item was even sent
  // cannot have committed last.
  const verdicts = items.map((itemId) => {
    const forItem = writes.filter((w) => w.itemId === itemId);
    const lastSent = Math.max(...forItem.map((w) => w.t0));
    const candidates = forItem.filter((w) => w.t1 >= lastSent || !w.ok);
    const lastAnswered = forItem.reduce((a, b) => (b.t1 > a.t1 ? b : a));
    const stored = statuses.get(itemId);
    return {
      itemId,
      stored,
      "status of the last response": lastAnswered.status,
      "possible last writers": candidates.length,
      "their statuses": [...new Set(candidates.map((w) => w.status))],
      pass: candidates.some((w) => w.status === stored),
    };
  });
  checks.record(
    "1e. the stored status is that of a write still in flight at the end (not an overtaken one)",
    verdicts.every((v) => v.pass),
    {
      items: verdicts.map(({ pass: _pass, ...v }) => v),
    },
  );

  // Then one sequential write per item, alternating instances: the stored status must be exactly it.
  const finals = [];
  for (const [index, itemId] of items.entries()) {
    const status = STATUSES.find((s) => s !== statuses.get(itemId));
    const server = servers[index % servers.length];
    const r = await callAction(server.base, action, {
      body: JSON.stringify([{ itemId, status }]),
      cookie: user.cookie,
    });
    finals.push({
      itemId,
      status,
      instance: server.name,
      ok: r.result?.ok === true,
      changed: r.result?.data?.changed === true,
    });
  }
  const after = await statusesOf(ctx.pool, user.id);
  const activityAfter = await activityOf(ctx.pool, user.id);
  const wrong = finals.filter((f) => !f.ok || !f.changed || after.get(f.itemId) !== f.status);
  checks.record(
    "1f. a final sequential write per item is what the database holds",
    wrong.length === 0 && activityAfter.length === activity.length + items.length,
    {
      writes: finals.map(
        (f) =>
          `${f.itemId} → ${f.status} via ${f.instance}: ${f.ok ? "ok" : "failed"}, stored ${after.get(f.itemId)}`,
      ),
      "Activity rows added": activityAfter.length - activity.length,
    },
  );
}
