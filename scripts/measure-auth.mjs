// Measures the account limits of a production build over HTTP, the way an attacker would send
// requests: `node scripts/measure-auth.mjs` (needs a build in .next and PostgreSQL in DATABASE_URL).
// Starts an SMTP sink and one `next start` on 127.0.0.1:$PORT (default 3211) with an https
// NEXTAUTH_URL (Secure cookies) and the real limits, captures the action ids once with Chromium
// (with input the actions refuse before counting anything), then sends:
//   1. 40 parallel wrong passwords for one account, each from another address;
//   2. 60 parallel sign-ups from one address;
//   3. 30 parallel reset requests for one address from one network;
//   4. a sign-in, a sign-out, then the old cookie replayed.
// Prints the figures and stops everything it started. Loopback only; every loop is bounded.
import { simpleParser } from "mailparser";
import pg from "pg";
import { SMTPServer } from "smtp-server";

import { launchBrowser } from "../tests/faults/capture.mjs";
import {
  callAction,
  formActionBody,
  startServer,
  stopServer,
  waitForHealthy,
} from "../tests/faults/harness.mjs";

const PORT = Number(process.env.PORT ?? 3211);
const SMTP_PORT = PORT + 5000;
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "correct horse battery staple 42";
const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) throw new Error("set DATABASE_URL (a migrated PostgreSQL database)");

const mails = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _s, cb) {
    simpleParser(stream).then((m) => {
      mails.push(m);
      cb();
    }, cb);
  },
});
await new Promise((r) => smtp.listen(SMTP_PORT, "127.0.0.1", r));

const env = { ...process.env };
delete env.AUTH_THROTTLE_RELAXED_FOR_TESTS;
delete env.TEST_CLOCK;
delete env.PGLITE_DIR;
const server = startServer({
  name: "measure",
  port: PORT,
  root: process.cwd(),
  logDir: "test-results",
  env: {
    ...env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: `https://127.0.0.1:${PORT}`,
    NEXTAUTH_SECRET: "measure-only-secret-0123456789abcdef0123456789",
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    MAIL_FROM: "AWS Study Planner <no-reply@measure.test>",
  },
});
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
const run = `m${Date.now().toString(36)}`;
// Fresh client addresses per run (benchmark range, RFC 2544), so earlier runs' counters don't count.
let ipCounter = Math.floor(Math.random() * 50_000);
const ip = () => {
  ipCounter += 1;
  return `198.${18 + Math.floor(ipCounter / 62_500)}.${Math.floor(ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;
};

try {
  await waitForHealthy(server);

  // Capture the action ids from real browser requests, with input every action refuses first.
  const browser = await launchBrowser();
  const actions = {};
  try {
    const page = await browser.newPage({ baseURL: BASE });
    page.on("request", (r) => {
      const h = r.headers();
      if (r.method() !== "POST" || !h["next-action"]) return;
      const url = new URL(r.url());
      const prefix = /name="(_\d+_)email"/.exec(r.postData() ?? "")?.[1] ?? "_1_";
      const name = { "/signup": "signUp", "/signin": "signIn", "/forgot-password": "reset" }[url.pathname];
      if (name && !actions[name])
        actions[name] = {
          id: h["next-action"],
          path: url.pathname,
          tree: h["next-router-state-tree"],
          prefix,
        };
    });
    for (const [path, button] of [
      ["/signup", "Create account"],
      ["/signin", "Sign in"],
      ["/forgot-password", "Send reset link"],
    ]) {
      await page.goto(path);
      await page.getByLabel("Email").fill("not-an-email");
      const sent = page.waitForRequest((r) => r.method() === "POST");
      await page.getByRole("button", { name: button }).click();
      await sent;
    }
  } finally {
    await browser.close();
  }
  for (const n of ["signUp", "signIn", "reset"]) if (!actions[n]) throw new Error(`could not capture ${n}`);

  const send = (name, fields, from, cookie) =>
    callAction(BASE, actions[name], {
      body: formActionBody(fields, actions[name].prefix),
      headers: { "x-forwarded-for": from },
      cookie,
    });

  // 1. 40 parallel wrong passwords for one account, from 40 addresses.
  const victim = `${run}-victim@example.com`;
  await send("signUp", { email: victim, password: PASSWORD }, ip());
  const attempts = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      send("signIn", { email: victim, password: `wrong guess ${i}` }, ip()),
    ),
  );
  const evaluated = attempts.filter(
    (r) => r.result?.message === "The email or password is incorrect.",
  ).length;
  const refused = attempts.filter((r) =>
    r.result?.message?.startsWith("Too many failed sign-in attempts"),
  ).length;
  console.log(
    `1. 40 parallel wrong passwords, one account, 40 addresses: ${evaluated} evaluated, ${refused} refused before verification, ${40 - evaluated - refused} other`,
  );

  // 2. 60 parallel sign-ups from one address.
  const flooder = ip();
  const t0 = performance.now();
  const signUps = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      send("signUp", { email: `${run}-flood-${i}@example.com`, password: PASSWORD }, flooder),
    ),
  );
  const ms = Math.round(performance.now() - t0);
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "User" WHERE email LIKE $1`, [
    `${run}-flood-%`,
  ]);
  console.log(
    `2. 60 parallel sign-ups from one address: ${rows[0].n} accounts created, ${signUps.filter((r) => r.result?.code === "throttled").length} refused, in ${ms} ms`,
  );

  // 3. 30 parallel reset requests for the victim's address from one network.
  const before = mails.length;
  const resets = await Promise.all(
    Array.from({ length: 30 }, () => send("reset", { email: victim }, flooder)),
  );
  await new Promise((r) => setTimeout(r, 3_000));
  const resetMails = mails.slice(before).filter((m) => m.subject?.startsWith("Reset your password")).length;
  console.log(
    `3. 30 parallel reset requests for one address from one network: ${resets.filter((r) => r.result?.ok).length} answered, ${resets.filter((r) => r.result?.code === "throttled").length} refused, ${resetMails} reset mails sent`,
  );

  // 4. Sign-out over https: the deletion header, then the old cookie replayed.
  const person = `${run}-person@example.com`;
  await send("signUp", { email: person, password: PASSWORD }, ip());
  const signedIn = await send("signIn", { email: person, password: PASSWORD }, ip());
  const setCookie =
    signedIn.headers?.getSetCookie?.().find((c) => c.startsWith("__Secure-next-auth.session-token=")) ?? "";
  const cookie = setCookie.split(";")[0];
  const before4 = await fetch(`${BASE}/account`, { headers: { cookie }, redirect: "manual" });
  // Sign out as the header's form does without JavaScript: a POST of its "$ACTION_ID_…" field.
  const page = await (await fetch(`${BASE}/account`, { headers: { cookie } })).text();
  const signOutId = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(page)?.[1];
  if (!signOutId) throw new Error("no sign-out form on /account");
  const form = new FormData();
  form.append(`$ACTION_ID_${signOutId}`, "");
  const signOut = await fetch(`${BASE}/account`, {
    method: "POST",
    body: form,
    headers: { cookie, origin: BASE },
    redirect: "manual",
  });
  const deletion =
    signOut.headers.getSetCookie().find((v) => v.startsWith("__Secure-next-auth.session-token=;")) ??
    "(none)";
  const replay = await fetch(`${BASE}/account`, { headers: { cookie }, redirect: "manual" });
  console.log(
    `4. with the cookie: GET /account ${before4.status}; sign-out's deletion header: ${deletion}; the old cookie replayed: GET /account ${replay.status} ${replay.headers.get("location") ?? ""}`,
  );
} finally {
  await stopServer(server);
  await pool.end();
  smtp.close();
}
