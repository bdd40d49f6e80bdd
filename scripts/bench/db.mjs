// PostgreSQL side of scripts/bench.mjs: a throw-away database, its users and history,
// the 5,000,000-row scale data set, and EXPLAIN ANALYZE evidence.
import { hash } from "@node-rs/argon2";
import pg from "pg";

export const BENCH_PASSWORD = "bench password for load tests 2026";

/** `base` with its database name replaced. */
export function withDatabase(base, name) {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl, name) {
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
}

/** Drops it, retrying for a while (PostgreSQL may be restarting: other test suites share it). */
export async function dropDatabase(adminUrl, name, { attempts = 10 } = {}) {
  for (let i = 1; ; i++) {
    try {
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      return;
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
  }
}

/** Process ids of the PostgreSQL backends connected to this database (for their CPU time). */
export async function backendPids(url) {
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rows.map((r) => r.pid);
  });
}

/** When the PostgreSQL server (re)started: a change during the run means someone restarted it. */
export async function postmasterStart(url) {
  return withClient(
    url,
    async (c) => (await c.query("SELECT pg_postmaster_start_time()::text AS t")).rows[0].t,
  );
}

/** A small deterministic PRNG, so every run seeds the same history. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Users signed in through the UI later: one to capture requests with, one whose
 * dashboard is measured, and `writers` who check items off under load. All are
 * enrolled in both exams (architect first, exam in 60 days, 8 h a week).
 */
export async function seedUsers(url, { writers }) {
  const passwordHash = await hash(BENCH_PASSWORD, {
    algorithm: 2,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  const emails = ["bench-capture@bench.test", "bench-dashboard@bench.test"];
  for (let i = 0; i < writers; i++) emails.push(`bench-writer-${String(i).padStart(2, "0")}@bench.test`);
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      `INSERT INTO "User" (email, "passwordHash", "timeZone", "updatedAt")
       SELECT e, $2, 'Europe/Berlin', now() FROM unnest($1::text[]) e
       RETURNING id, email`,
      [emails, passwordHash],
    );
    await c.query(
      `INSERT INTO "Enrollment" ("userId", cert, position, "targetDate", "weeklyHours", "updatedAt")
       SELECT u.id, c.cert::"Cert", c.pos, current_date + 60, 8, now()
         FROM unnest($1::uuid[]) u(id)
        CROSS JOIN (VALUES ('architect', 0), ('developer', 1)) c(cert, pos)`,
      [rows.map((r) => r.id)],
    );
    const byEmail = new Map(rows.map((r) => [r.email, r.id]));
    return {
      capture: { email: emails[0], id: byEmail.get(emails[0]) },
      dashboard: { email: emails[1], id: byEmail.get(emails[1]) },
      writers: emails.slice(2).map((email) => ({ email, id: byEmail.get(email) })),
    };
  });
}

/**
 * A realistic 90-day history for one user, as set_item_status would have written it:
 * 60 items done (each went todo → in progress → done; a third were unticked and
 * ticked again), 10 in progress, 5 skipped, and 50 ticks undone right away.
 * About 275 activity rows. Returns the final statuses.
 */
function history(userId, itemIds, seed, now = Date.now()) {
  const rand = prng(seed);
  const day = 86_400_000;
  const at = (daysAgo) => new Date(now - daysAgo * day - Math.floor(rand() * 10 * 3_600_000));
  const events = [];
  const statuses = new Map();
  const ids = [...itemIds];
  const take = (n) => ids.splice(0, Math.min(n, ids.length));
  const done = take(60);
  done.forEach((itemId, i) => {
    const daysAgo = 90 - Math.floor((i * 88) / done.length);
    events.push(
      [itemId, "todo", "in_progress", at(daysAgo + 1)],
      [itemId, "in_progress", "done", at(daysAgo)],
    );
    if (i % 3 === 0 && daysAgo > 3) {
      events.push([itemId, "done", "todo", at(daysAgo - 1)], [itemId, "todo", "done", at(daysAgo - 2)]);
    }
    statuses.set(itemId, "done");
  });
  for (const itemId of take(10)) {
    events.push([itemId, "todo", "in_progress", at(Math.floor(rand() * 14))]);
    statuses.set(itemId, "in_progress");
  }
  for (const itemId of take(5)) {
    events.push([itemId, "todo", "skipped", at(Math.floor(rand() * 60))]);
    statuses.set(itemId, "skipped");
  }
  // Ticks undone right away (a mis-click), on items not otherwise started.
  const spare = ids.length > 0 ? ids : itemIds;
  for (let i = 0; i < 50; i++) {
    const itemId = spare[Math.floor(rand() * spare.length)];
    if ((statuses.get(itemId) ?? "todo") !== "todo") continue;
    const ticked = at(Math.floor(rand() * 90) + 1);
    events.push(
      [itemId, "todo", "done", ticked],
      [itemId, "done", "todo", new Date(ticked.getTime() + 30_000)],
    );
    statuses.set(itemId, "todo");
  }
  events.sort((a, b) => a[3] - b[3]);
  return { userId, events, statuses };
}

const iso = (d) => d.toISOString().replace("Z", "");

/** Writes the histories of `users`; returns Map userId → Map itemId → status. */
export async function seedHistories(url, users, itemIds) {
  const all = users.map((u, i) => history(u.id, itemIds, 1000 + i));
  await withClient(url, async (c) => {
    const a = { u: [], i: [], f: [], t: [], at: [] };
    const p = { u: [], i: [], s: [] };
    for (const h of all) {
      for (const [itemId, from, to, at] of h.events) {
        a.u.push(h.userId);
        a.i.push(itemId);
        a.f.push(from);
        a.t.push(to);
        a.at.push(iso(at));
      }
      for (const [itemId, status] of h.statuses) {
        p.u.push(h.userId);
        p.i.push(itemId);
        p.s.push(status);
      }
    }
    await c.query(
      `INSERT INTO "Activity" ("userId", "itemId", "fromStatus", "toStatus", at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::"ItemStatus"[], $4::"ItemStatus"[], $5::timestamp(3)[])`,
      [a.u, a.i, a.f, a.t, a.at],
    );
    await c.query(
      `INSERT INTO "ItemProgress" ("userId", "itemId", status, "updatedAt")
       SELECT *, now() FROM unnest($1::uuid[], $2::text[], $3::"ItemStatus"[])`,
      [p.u, p.i, p.s],
    );
    await c.query(`ANALYZE`);
  });
  return {
    activityRows: all.reduce((n, h) => n + h.events.length, 0) / all.length,
    statuses: new Map(all.map((h) => [h.userId, h.statuses])),
  };
}

/**
 * The scale data set: `users` more users with `itemsPerUser` progress rows each
 * (5,000,000 by default), `activityPerUser` activity rows each, and enrollments.
 * Bulk SQL (INSERT … SELECT over generate_series); the progress primary key is
 * dropped during the load and rebuilt once, foreign-key triggers are off for the
 * session (session_replication_role = replica, superuser only; skipped otherwise).
 */
export async function seedScale(
  url,
  itemIds,
  { users = 100_000, itemsPerUser = 50, activityPerUser = 10, log = console.log } = {},
) {
  if (itemIds.length < itemsPerUser) throw new Error(`need ${itemsPerUser} item ids, have ${itemIds.length}`);
  const steps = [];
  await withClient(url, async (c) => {
    const step = async (label, sql, params) => {
      const t = performance.now();
      const r = await c.query(sql, params);
      const seconds = (performance.now() - t) / 1000;
      steps.push({ label, seconds, rows: r.rowCount });
      log(
        `    ${label}: ${seconds.toFixed(1)} s${r.rowCount ? ` (${r.rowCount.toLocaleString("en")} rows)` : ""}`,
      );
    };
    await c.query(`SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '1GB'`);
    try {
      await c.query(`SET session_replication_role = replica`);
    } catch {
      log("    (not a superuser: foreign-key checks stay on during the load)");
    }
    await step(
      "users",
      `INSERT INTO "User" (email, "timeZone", "updatedAt", "createdAt")
       SELECT 'scale-' || g || '@bench.test', (ARRAY['UTC','Europe/Berlin','America/New_York','Asia/Tokyo'])[1 + g % 4], now(), now()
         FROM generate_series(1, $1::int) g`,
      [users],
    );
    await step(
      "enrollments",
      `INSERT INTO "Enrollment" ("userId", cert, position, "targetDate", "weeklyHours", "updatedAt")
       SELECT u.id, c.cert::"Cert", c.pos, current_date + (abs(hashtext(u.id::text)) % 120), 6, now()
         FROM "User" u CROSS JOIN (VALUES ('architect', 0), ('developer', 1)) c(cert, pos)
        WHERE u.email LIKE 'scale-%' AND (c.cert = 'architect' OR abs(hashtext(u.id::text)) % 2 = 0)`,
    );
    await c.query(`ALTER TABLE "ItemProgress" DROP CONSTRAINT "ItemProgress_pkey"`);
    await step(
      "item progress",
      `INSERT INTO "ItemProgress" ("userId", "itemId", status, "createdAt", "updatedAt")
       SELECT u.id, i.id,
              CASE WHEN r < 0.55 THEN 'done' WHEN r < 0.75 THEN 'todo' WHEN r < 0.9 THEN 'in_progress' ELSE 'skipped' END::"ItemStatus",
              now(), now()
         FROM (SELECT id FROM "User" WHERE email LIKE 'scale-%') u
        CROSS JOIN LATERAL (SELECT id, random() AS r FROM unnest($1::text[]) id) i`,
      [itemIds.slice(0, itemsPerUser)],
    );
    await step(
      "item progress primary key",
      `ALTER TABLE "ItemProgress" ADD CONSTRAINT "ItemProgress_pkey" PRIMARY KEY ("userId", "itemId")`,
    );
    await c.query(`DROP INDEX "Activity_userId_at_idx"`);
    await step(
      "activity",
      `INSERT INTO "Activity" ("userId", "itemId", "fromStatus", "toStatus", at)
       SELECT u.id, ($1::text[])[1 + (g * 7 + abs(hashtext(u.id::text))) % array_length($1::text[], 1)],
              'todo', 'done', (now() - random() * interval '180 days')::timestamp(3)
         FROM (SELECT id FROM "User" WHERE email LIKE 'scale-%') u CROSS JOIN generate_series(1, $2::int) g`,
      [itemIds, activityPerUser],
    );
    await step("activity index", `CREATE INDEX "Activity_userId_at_idx" ON "Activity"("userId", at)`);
    await c.query(`RESET session_replication_role`).catch(() => {});
    await step("vacuum analyze", `VACUUM ANALYZE`);
    const { rows } = await c.query(
      `SELECT (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "ItemProgress")::int AS progress,
              (SELECT count(*) FROM "Activity")::int AS activity,
              pg_size_pretty(pg_database_size(current_database())) AS size`,
    );
    steps.push({ label: "totals", ...rows[0] });
  });
  return steps;
}

/**
 * The first review card set_item_status() needs to mark an item done (ADR 029): what
 * lib/review/fsrs.ts firstCardParams() sends, for scripts that call the function directly.
 */
export function firstCardJson(at = new Date()) {
  return JSON.stringify({
    at: at.toISOString(),
    state: 2,
    stability: 2.3065,
    difficulty: 2.11810397,
    reps: 1,
    lapses: 0,
    learningSteps: 0,
    intervals: { 80: 8, 85: 4, 90: 3, 95: 3 },
  });
}

/**
 * EXPLAIN ANALYZE of the dashboard statement's subqueries on the largest tables (Enrollment,
 * ItemProgress and Activity, as in lib/data/dashboard.ts) and,
 * through auto_explain, of the statements inside set_item_status (rolled back).
 */
export async function explain(url, { userId, timeZone, itemId }) {
  const dashboardSql = `
    SELECT
      (SELECT coalesce(json_agg(json_build_object(
                'cert', e.cert, 'position', e.position,
                'targetDate', to_char(e."targetDate", 'YYYY-MM-DD'), 'weeklyHours', e."weeklyHours")
              ORDER BY e.position), '[]'::json)
         FROM "Enrollment" e WHERE e."userId" = $1::uuid) AS enrollments,
      (SELECT coalesce(json_object_agg(p."itemId", p.status), '{}'::json)
         FROM "ItemProgress" p WHERE p."userId" = $1::uuid AND p.status <> 'todo') AS statuses,
      (SELECT coalesce(json_object_agg(d.day, d.n), '{}'::json) FROM (
          SELECT to_char((a.at AT TIME ZONE 'UTC') AT TIME ZONE $2, 'YYYY-MM-DD') AS day, count(*)::int AS n
            FROM "Activity" a WHERE a."userId" = $1::uuid AND a."toStatus" = 'done'
           GROUP BY 1) d) AS done_days,
      (SELECT coalesce(json_agg(json_build_array(r."itemId", r."fromStatus", r."toStatus", r.at) ORDER BY r.at DESC, r.id DESC), '[]'::json)
         FROM (SELECT "itemId", "fromStatus", "toStatus", at, id FROM "Activity"
                WHERE "userId" = $1::uuid ORDER BY at DESC, id DESC LIMIT 10) r) AS recent`;
  return withClient(url, async (c) => {
    const text = (rows) => rows.map((r) => r["QUERY PLAN"]).join("\n");
    // Warm, then measure: the plan the server's (already warm) connections see.
    await c.query(dashboardSql, [userId, timeZone]);
    const dashboard = text(
      (await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${dashboardSql}`, [userId, timeZone])).rows,
    );
    const logs = [];
    c.on("notice", (n) => logs.push(n.message));
    await c.query("BEGIN");
    let checkOff = "";
    try {
      const cur = await c.query(`SELECT status FROM "ItemProgress" WHERE "userId" = $1 AND "itemId" = $2`, [
        userId,
        itemId,
      ]);
      const next = cur.rows[0]?.status === "done" ? "todo" : "done";
      await c.query(`LOAD 'auto_explain'`);
      await c.query(`SET LOCAL auto_explain.log_min_duration = 0; SET LOCAL auto_explain.log_analyze = on;
                     SET LOCAL auto_explain.log_nested_statements = on; SET LOCAL auto_explain.log_buffers = on;
                     SET LOCAL client_min_messages = log`);
      const top = text(
        (
          await c.query(
            `EXPLAIN (ANALYZE, BUFFERS) SELECT previous, changed FROM set_item_status($1::uuid, $2, $3::"ItemStatus", $4::jsonb)`,
            [userId, itemId, next, next === "done" ? firstCardJson() : null],
          )
        ).rows,
      );
      checkOff = [top, ...logs.filter((l) => /duration/.test(l))].join("\n\n");
    } catch (error) {
      checkOff = `auto_explain unavailable: ${error.message}`;
    } finally {
      await c.query("ROLLBACK");
    }
    return { dashboard, checkOff };
  });
}
