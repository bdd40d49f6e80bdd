// The spaced-review rating action beside the check-off (issue 15, ADR 030): p95 at one
// connection. Part of `npm run bench`, and runnable on its own on a build made with
// BENCH_ROUTES=1 (as `npm run bench` makes it):
//   node scripts/bench/review.mjs [--build] [--duration=10] [--connections=1] [--rounds=1]
// --rounds=N runs the pair N times in alternating order (A B, B A, …) and prints the median p95 of
// each: on a busy machine that says more than one run of each.
// On its own it prepares everything as the main benchmark does (fresh database, `next start`,
// users signed in through the form, the check-off captured from Chromium), then captures
// the rating request from /review and replays both with autocannon.
import { pathToFileURL } from "node:url";

import { captureAction, launchBrowser } from "./browser.mjs";
import { withClient } from "./db.mjs";
import { httpRun } from "./load.mjs";

/** The JSON a card is sent as (what /review hands the browser). */
const CARD_SQL = `json_build_object('state', c.state, 'dueOn', to_char(c."dueOn", 'YYYY-MM-DD'),
  'stability', c.stability, 'difficulty', c.difficulty, 'scheduledDays', c."scheduledDays",
  'learningSteps', c."learningSteps", 'reps', c.reps, 'lapses', c.lapses,
  'lastReview', to_char(c."lastReview", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;

/**
 * Gives every writer a review card, due yesterday, on each item the check-off load does not
 * touch (those items are marked done, as a card's item always is), so ratings and
 * check-offs never meet on one row. Values: ts-fsrs's first review rated Good, 4 days ago.
 */
async function seedCards(dbUrl, writerIds, itemIds) {
  await withClient(dbUrl, async (c) => {
    await c.query(
      `INSERT INTO "ItemProgress" ("userId", "itemId", status, "updatedAt")
       SELECT u, i, 'done', now() FROM unnest($1::uuid[]) u CROSS JOIN unnest($2::text[]) i
       ON CONFLICT ("userId", "itemId") DO UPDATE SET status = 'done'`,
      [writerIds, itemIds],
    );
    await c.query(
      `INSERT INTO "ReviewCard" ("userId", "itemId", state, "dueOn", stability, difficulty, "scheduledDays",
                                 "learningSteps", reps, lapses, "lastReview", "updatedAt")
       SELECT u, i, 2, current_date - 1, 2.3065, 2.11810397, 3, 0, 1, 0, now() - interval '4 days', now()
         FROM unnest($1::uuid[]) u CROSS JOIN unnest($2::text[]) i
       ON CONFLICT ("userId", "itemId") DO UPDATE SET "dueOn" = current_date - 1`,
      [writerIds, itemIds],
    );
  });
}

/** Rates the first due card on /review as the given user, capturing the request Chromium sends. */
async function captureRating(base, cookie) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ baseURL: base, timezoneId: "Europe/Berlin" });
    const [name, ...value] = cookie.split("=");
    await context.addCookies([{ name, value: value.join("="), url: base }]);
    const page = await context.newPage();
    await page.goto("/review");
    await page.waitForLoadState("networkidle");
    const rating = await captureAction(page, () =>
      page.getByRole("button", { name: "Good", exact: true }).click(),
    );
    const arg = rating.args?.[0];
    if (!arg?.card || arg.rating !== "good")
      throw new Error(`unexpected rating payload: ${JSON.stringify(rating.args)}`);
    return rating;
  } finally {
    await browser.close();
  }
}

/**
 * Measures the rating (and, unless told not to, the check-off) at `connections` (default 1)
 * with `measure` (the caller's: warm-up, run, CPU). Requests walk the 32 writers' cards in turn; each sends the card as
 * stored (read before the run, then taken from each answer), so every rating writes; a 2xx
 * that is not `"ok":true` counts as bad. Returns the rows for the report.
 */
export async function measureReview(
  ctx,
  { connections = 1, log = console.log, measure, withCheckoff = true, reverse = false, seed = true } = {},
) {
  const { dbUrl, base, captured, cookies, writerIds, scenarios } = ctx;
  const architect = new Set(captured.architectIds);
  const reviewItems = captured.itemIds.filter((id) => !architect.has(id));
  if (seed) await seedCards(dbUrl, writerIds, reviewItems);
  ctx.ratingRequest ??= await captureRating(base, cookies.get(writerIds[0]));
  const rating = ctx.ratingRequest;
  if (seed)
    log(
      `  rating:    POST ${rating.path} next-action=${rating.headers["next-action"]} (${reviewItems.length} cards per writer)`,
    );

  const cards = new Map();
  async function syncCards() {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await withClient(dbUrl, async (c) => {
      const { rows } = await c.query(
        `SELECT c."userId", c."itemId", ${CARD_SQL} AS card FROM "ReviewCard" c WHERE c."userId" = ANY($1::uuid[])`,
        [writerIds],
      );
      cards.clear();
      for (const r of rows) cards.set(`${r.userId}|${r.itemId}`, r.card);
    });
  }
  const keys = writerIds.flatMap((userId) => reviewItems.map((itemId) => ({ userId, itemId })));
  let sequence = 0;
  const template = rating.args[0];
  const scenario = {
    url: `${base}${rating.path}`,
    method: "POST",
    headers: rating.headers,
    before: syncCards,
    setupRequest: (req, context) => {
      const { userId, itemId } = keys[sequence++ % keys.length];
      context.key = `${userId}|${itemId}`;
      req.headers = { ...req.headers, cookie: cookies.get(userId) };
      req.body = JSON.stringify([{ ...template, itemId, card: cards.get(context.key) }]);
      return req;
    },
    check: (_status, body, context) => {
      const answer = /"card":(\{[^{}]*\})/.exec(String(body));
      if (!String(body).includes('"ok":true') || !answer) return false;
      cards.set(context.key, JSON.parse(answer[1]));
      return true;
    },
  };

  const runs = [
    ...(withCheckoff ? [[`checkoff@${connections}`, "Check-off server action", scenarios.checkoff]] : []),
    [`rating@${connections}`, "Review rating server action", scenario],
  ];
  if (reverse) runs.reverse();
  const rows = [];
  for (const [id, label, options] of runs) rows.push(await measure(id, label, options, connections));
  return rows;
}

async function main() {
  const { existsSync } = await import("node:fs");
  const { prepare, run } = await import("./setup.mjs");
  const args = process.argv.slice(2);
  const option = (name, fallback) =>
    args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const duration = Number(option("duration", "10"));
  const connections = Number(option("connections", "1"));
  if (args.includes("--build")) {
    run(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      ...process.env,
      BENCH_ROUTES: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    });
  } else if (!existsSync(".next/server/app/bench/static.html")) {
    throw new Error("No benchmark build here: run with --build (or after `npm run bench`)");
  }
  const cleanups = [];
  const cleanup = async () => {
    while (cleanups.length)
      await cleanups
        .pop()()
        .catch((e) => console.error(`cleanup: ${e.message}`));
  };
  process.once("SIGINT", () => cleanup().finally(() => process.exit(130)));
  try {
    const ctx = await prepare({ cleanups, step: (text) => console.log(`\n${text}`) });
    const measure = async (id, label, options, c) => {
      await options.before?.();
      await httpRun({ ...options, connections: c, duration: 3 });
      await options.before?.();
      const r = await httpRun({ ...options, connections: c, duration });
      console.log(
        `  ${label.padEnd(32)} c=${c}  ${r.rps.toFixed(0).padStart(5)} req/s  p50 ${r.p50.toFixed(2)}  p95 ${r.p95.toFixed(2)}  p99 ${r.p99.toFixed(2)} ms  errors ${r.errors} non-2xx ${r.non2xx} bad ${r.bad}`,
      );
      if (r.badSample)
        console.log(`    first bad response: ${r.badSample.replace(/\s+/g, " ").slice(0, 200)}`);
      return { id, label, ...r };
    };
    console.log("\nReview rating beside the check-off");
    const rounds = Number(option("rounds", "1"));
    const p95 = { checkoff: [], rating: [] };
    for (let round = 0; round < rounds; round++) {
      const rows = await measureReview(ctx, {
        connections,
        measure,
        reverse: round % 2 === 1,
        seed: round === 0,
      });
      for (const row of rows) p95[row.id.startsWith("rating") ? "rating" : "checkoff"].push(row.p95);
    }
    if (rounds > 1) {
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
      console.log(
        `  median p95 over ${rounds} rounds: check-off ${median(p95.checkoff).toFixed(2)} ms, rating ${median(p95.rating).toFixed(2)} ms`,
      );
    }
  } finally {
    await cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
