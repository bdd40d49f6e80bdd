// `npm run screenshots`: the pictures in docs/screenshots/, taken from a production build with a
// seeded demo account (six weeks of history, both exams), so they show what a returning user sees.
// Not part of `npm test`: tests never write tracked files.
//
//   npm run screenshots                          build, then take every shot
//   npm run screenshots -- --no-build            reuse the build in .next
//   npm run screenshots -- dashboard             only the named shots
//   npm run screenshots -- dashboard-dark        a shot in dark mode (its entry sets theme: "dark")
//
// Database: with DATABASE_URL set, a fresh database on that PostgreSQL server (dropped at the end);
// without it, an embedded PGlite database in a temporary directory. Chromium: PLAYWRIGHT_CHROMIUM_PATH,
// else /usr/bin/chromium, else Playwright's own. Server log: test-results/screenshots-server.log.
//
// A new page gets its picture by adding an entry to SHOTS (and, if it needs them, rows to seed()).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { hash } from "@node-rs/argon2";
import { chromium, type Page } from "@playwright/test";
import pg from "pg";

import { certifications, itemsForCert } from "../lib/curriculum";
import { versionOnDay } from "../lib/curriculum/versions";
import { firstReviewCard } from "../lib/review/fsrs";
import { pgConnection, pgliteConnection } from "../lib/db/connections";
import { migrate, type SqlConnection } from "../lib/db/migrator";
import { freePort, startServer } from "./lib/server.mjs";

interface Shot {
  /** The file: docs/screenshots/<name>.png. */
  name: string;
  path: `/${string}`;
  /** Resolves once the page shows what the picture is of. */
  ready: (page: Page) => Promise<void>;
  viewport?: { width: number; height: number };
  /** The `theme` cookie for the shot (ADR 032); without it, light. */
  theme?: "light" | "dark";
  /** The whole page (default), or only what the viewport shows (for pages far taller than a screen). */
  fullPage?: boolean;
}

async function dashboardReady(page: Page) {
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  await page.getByRole("group", { name: /Items done per day/ }).waitFor();
}

const SHOTS: Shot[] = [
  { name: "dashboard", path: "/dashboard", ready: dashboardReady },
  {
    name: "dashboard-dark",
    path: "/dashboard",
    theme: "dark",
    viewport: { width: 1280, height: 800 },
    ready: dashboardReady,
  },
  {
    name: "plan-phone-dark",
    path: "/plan/architect",
    theme: "dark",
    viewport: { width: 390, height: 844 },
    fullPage: false,
    ready: async (page) => {
      await page.getByRole("heading", { level: 1, name: /Solutions Architect/ }).waitFor();
      // The phone's screen at the checklist: the step navigator on top, the open step below it.
      await page
        .getByRole("navigation", { name: "Steps" })
        .evaluate((nav) => window.scrollTo(0, nav.getBoundingClientRect().top + window.scrollY - 8));
    },
  },
  {
    name: "schedule",
    path: "/schedule",
    viewport: { width: 1280, height: 1700 },
    ready: async (page) => {
      await page.getByRole("heading", { level: 1, name: "Schedule" }).waitFor();
      await page.getByRole("region", { name: /^Week 1 · / }).waitFor();
    },
  },
  {
    name: "review",
    path: "/review",
    viewport: { width: 1100, height: 900 },
    ready: async (page) => {
      await page.getByRole("heading", { level: 1, name: "Review" }).waitFor();
      await page.getByRole("button", { name: "Good", exact: true }).waitFor();
    },
  },
  {
    name: "practice",
    path: "/practice",
    ready: async (page) => {
      await page.getByRole("heading", { level: 1, name: "Practice exams" }).waitFor();
      await page
        .getByRole("img", { name: /practice/ })
        .first()
        .waitFor();
      await page.getByText(/Earliest retake/).waitFor();
    },
  },
];

const EMAIL = "demo-screenshots@example.com";
const PASSWORD = `screenshots ${randomBytes(8).toString("hex")}`;
const DAY_MS = 86_400_000;

const args = process.argv.slice(2);
const wanted = args.filter((a) => !a.startsWith("--"));
const shots = wanted.length ? SHOTS.filter((s) => wanted.includes(s.name)) : SHOTS;
const unknown = wanted.filter((name) => !SHOTS.some((s) => s.name === name));
if (unknown.length) {
  console.error(`Unknown shot(s): ${unknown.join(", ")}. Known: ${SHOTS.map((s) => s.name).join(", ")}.`);
  process.exit(2);
}

/** "YYYY-MM-DD", `days` from now (UTC, the demo user's zone). */
function dayFromNow(now: number, days: number): string {
  return new Date(now + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The demo account: both exams (architect first, exam in ten weeks), six weeks of ticks on most
 * study days with a five-day streak up to today, two items in progress, one skipped, one note.
 * Rows as set_item_status would have written them: the current status and one activity per change.
 */
async function seed(sql: SqlConnection, now: number) {
  const passwordHash = await hash(PASSWORD, {
    algorithm: 2,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  const [user] = await sql.query<{ id: string }>(
    `INSERT INTO "User" (email, "passwordHash", "timeZone", "emailVerified", "updatedAt") VALUES ($1, $2, 'UTC', now(), now()) RETURNING id`,
    [EMAIL, passwordHash],
  );
  if (!user) throw new Error("seed: no user row");
  await sql.query(
    `INSERT INTO "Enrollment" ("userId", cert, position, "targetDate", "weeklyHours", "updatedAt")
     VALUES ($1::uuid, 'architect', 0, $2::date, 6, now()), ($1::uuid, 'developer', 1, $3::date, 4, now())`,
    [user.id, dayFromNow(now, 70), dayFromNow(now, 154)],
  );

  const items = itemsForCert("architect").map((item) => item.id);
  const done = Math.min(26, items.length - 3);
  const changes: { itemId: string; to: string; daysAgo: number }[] = [];
  let next = 0;
  for (let daysAgo = 41; daysAgo >= 0 && next < done; daysAgo -= 1) {
    const studied = daysAgo <= 4 || (daysAgo % 4 === 0 && daysAgo % 3 !== 0);
    if (!studied) continue;
    const ticks = daysAgo <= 4 ? 2 : 1 + (daysAgo % 3);
    for (let k = 0; k < ticks && next < done; k += 1) {
      changes.push({ itemId: items[next++]!, to: "done", daysAgo });
    }
  }
  for (const itemId of items.slice(next, next + 2)) changes.push({ itemId, to: "in_progress", daysAgo: 0 });
  changes.push({ itemId: items[next + 2]!, to: "skipped", daysAgo: 3 });

  for (const [index, change] of changes.entries()) {
    // Spread over the day, in order, and never in the future.
    const at = new Date(now - change.daysAgo * DAY_MS - (changes.length - index) * 60_000).toISOString();
    await sql.query(
      `INSERT INTO "ItemProgress" ("userId", "itemId", status, "createdAt", "updatedAt")
       VALUES ($1::uuid, $2, $3::"ItemStatus", $4::timestamptz AT TIME ZONE 'UTC', $4::timestamptz AT TIME ZONE 'UTC')`,
      [user.id, change.itemId, change.to, at],
    );
    await sql.query(
      `INSERT INTO "Activity" ("userId", "itemId", "fromStatus", "toStatus", at)
       VALUES ($1::uuid, $2, 'todo', $3::"ItemStatus", $4::timestamptz AT TIME ZONE 'UTC')`,
      [user.id, change.itemId, change.to, at],
    );
    if (change.to === "done") {
      // A done item is a review card, first due three days after the tick (as set_item_status makes it).
      const card = firstReviewCard(new Date(at), "UTC", 90);
      await sql.query(
        `INSERT INTO "ReviewCard" ("userId", "itemId", state, "dueOn", stability, difficulty, "scheduledDays",
                                   "learningSteps", reps, lapses, "lastReview", "updatedAt")
         VALUES ($1::uuid, $2, $3, $4::date, $5, $6, $7, $8, $9, $10, $11::timestamptz AT TIME ZONE 'UTC', now())`,
        [
          user.id,
          change.itemId,
          card.state,
          card.dueOn,
          card.stability,
          card.difficulty,
          card.scheduledDays,
          card.learningSteps,
          card.reps,
          card.lapses,
          at,
        ],
      );
    }
  }
  await sql.query(
    `INSERT INTO "ItemNote" ("userId", "itemId", body, "updatedAt") VALUES ($1::uuid, $2, $3, now())`,
    [user.id, items[next]!, "Stopped at the section on lifecycle rules."],
  );
  await seedAttempts(sql, user.id, now);
}

/**
 * The practice log (/practice): four rising practice exams for the architect exam, its first
 * domain the weakest; for the developer exam a failed first sitting (Security needing
 * improvement) and one practice exam since. Domain ids follow the version in use on each date.
 */
async function seedAttempts(sql: SqlConnection, userId: string, now: number) {
  const attempts: {
    cert: "architect" | "developer";
    daysAgo: number;
    source?: string;
    percent?: number;
    scaled?: number;
    scores: (number | boolean)[];
  }[] = [
    {
      cert: "architect",
      daysAgo: 24,
      source: "skill_builder_pretest",
      percent: 58,
      scores: [48, 62, 60, 57],
    },
    { cert: "architect", daysAgo: 17, source: "tutorials_dojo", percent: 63, scores: [53, 68, 64, 63] },
    { cert: "architect", daysAgo: 10, source: "tutorials_dojo", percent: 67, scores: [57, 71, 68, 66] },
    {
      cert: "architect",
      daysAgo: 3,
      source: "skill_builder_practice_exam",
      percent: 70,
      scores: [61, 75, 72, 70],
    },
    { cert: "developer", daysAgo: 9, scaled: 684, scores: [true, false, true, true] },
    { cert: "developer", daysAgo: 2, source: "whizlabs", percent: 66, scores: [72, 58, 66, 68] },
  ];
  for (const a of attempts) {
    const day = dayFromNow(now, -a.daysAgo);
    const version = versionOnDay(certifications[a.cert], day);
    const official = a.scaled !== undefined;
    const [row] = await sql.query<{ id: string }>(
      `INSERT INTO "ExamAttempt" ("userId", cert, "examCode", kind, "takenOn", source, mode, percent, "scaledScore", passed, "updatedAt")
       VALUES ($1::uuid, $2::"Cert", $3, $4::"AttemptKind", $5::date, $6::"PracticeSource", $7::"PracticeMode", $8, $9, $10, now())
       RETURNING id`,
      [
        userId,
        a.cert,
        version.exam.code,
        official ? "official" : "practice",
        day,
        official ? null : a.source,
        official ? null : "timed_full_exam",
        official ? null : a.percent,
        official ? a.scaled : null,
        official ? a.scaled! >= version.exam.passingScore : null,
      ],
    );
    if (!row) throw new Error("seed: no attempt row");
    for (const [i, score] of a.scores.entries()) {
      const domain = version.domains[i];
      if (!domain) continue;
      await sql.query(
        `INSERT INTO "ExamAttemptDomain" ("attemptId", "domainId", percent, meets) VALUES ($1::uuid, $2, $3, $4)`,
        [
          row.id,
          domain.id,
          typeof score === "number" ? score : null,
          typeof score === "boolean" ? score : null,
        ],
      );
    }
  }
}

function run(command: string, argv: string[]) {
  const r = spawnSync(command, argv, { stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${command} ${argv.join(" ")} failed (${r.status ?? r.signal})`);
}

function chromiumPath(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

async function main() {
  const cleanups: (() => Promise<void> | void)[] = [];
  try {
    if (args.includes("--no-build")) {
      if (!existsSync(".next/BUILD_ID")) throw new Error("--no-build: there is no build in .next");
    } else {
      run(process.execPath, ["node_modules/next/dist/bin/next", "build"]);
    }

    const now = Date.now();
    const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: "production" };
    const adminUrl = process.env.DATABASE_URL;
    if (adminUrl) {
      const name = `screens_${now}_${process.pid}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      cleanups.push(async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      });
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        await migrate(pgConnection(client));
        await seed(pgConnection(client), now);
      } finally {
        await client.end();
      }
      env.DATABASE_URL = url.toString();
      console.log(`Seeded the demo account in PostgreSQL database ${name}.`);
    } else {
      const dir = mkdtempSync(join(tmpdir(), "screenshots-pglite-"));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const db = new PGlite(dir);
      try {
        await migrate(pgliteConnection(db));
        await seed(pgliteConnection(db), now);
      } finally {
        await db.close();
      }
      env.PGLITE_DIR = dir;
      console.log(`Seeded the demo account in an embedded database (${dir}).`);
    }

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    mkdirSync("test-results", { recursive: true });
    const server = await startServer({
      port,
      logFile: "test-results/screenshots-server.log",
      env: {
        ...env,
        NEXTAUTH_URL: base,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
        // The demo account is seeded as confirmed; no mail is sent while taking pictures.
        EMAIL_DISABLED: "1",
      },
    });
    cleanups.push(() => server.stop());

    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
    cleanups.push(() => browser.close());
    const page = await browser.newPage({ baseURL: base, timezoneId: "UTC", locale: "en-GB" });
    await page.goto("/signin");
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname !== "/signin");

    mkdirSync("docs/screenshots", { recursive: true });
    for (const shot of shots) {
      await page.setViewportSize(shot.viewport ?? { width: 1280, height: 900 });
      await page.context().addCookies([{ name: "theme", value: shot.theme ?? "light", url: base }]);
      await page.goto(shot.path);
      await shot.ready(page).catch(async (error: unknown) => {
        console.error(
          `${shot.path} did not show what its picture is of. The page says:\n${await page.locator("main").innerText()}`,
        );
        throw error;
      });
      await page.mouse.move(0, 0);
      const file = `docs/screenshots/${shot.name}.png`;
      await page.screenshot({ path: file, fullPage: shot.fullPage ?? true, animations: "disabled" });
      console.log(`${file} (${shot.path})`);
    }
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
