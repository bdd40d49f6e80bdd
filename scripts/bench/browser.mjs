// The browser side of scripts/bench.mjs: signs users in through the real sign-in form
// and captures the exact server-action requests Chromium sends (id, headers, body).
import { existsSync } from "node:fs";

import { chromium } from "@playwright/test";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumPath() {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return undefined; // Playwright's own browser
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token$/;

/** Signs in through /signin in a fresh context; returns the context, the session cookie and the sign-in POST. */
export async function signIn(browser, base, email, password) {
  // The seeded users live in Berlin; the browser agrees, so TimeZoneSync changes nothing.
  const context = await browser.newContext({ baseURL: base, timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const posted = page.waitForRequest(
    (r) => r.method() === "POST" && new URL(r.url()).pathname === "/signin",
    { timeout: 20_000 },
  );
  await page.getByRole("button", { name: "Sign in" }).click();
  const request = await posted;
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"), { timeout: 20_000 });
  const cookie = (await context.cookies(base)).find((c) => SESSION_COOKIE.test(c.name));
  if (!cookie) throw new Error(`signing in as ${email} set no session cookie`);
  const headers = await request.allHeaders();
  return {
    context,
    page,
    cookie: `${cookie.name}=${cookie.value}`,
    signInRequest: { url: request.url(), headers, body: request.postDataBuffer() },
  };
}

/**
 * Signs more users in by sending the sign-in form exactly as the browser did
 * (same server action, same multipart body), with only the email changed. The
 * session cookie is the one the app's sign-in action sets.
 */
export async function replaySignIn(signInRequest, fromEmail, toEmail) {
  const body = signInRequest.body.toString("latin1");
  if (!body.includes(fromEmail)) throw new Error("the captured sign-in body does not contain the email");
  const headers = Object.fromEntries(
    Object.entries(signInRequest.headers).filter(
      ([k]) => !k.startsWith(":") && !["cookie", "content-length", "host", "connection"].includes(k),
    ),
  );
  const res = await fetch(signInRequest.url, {
    method: "POST",
    headers,
    body: Buffer.from(body.split(fromEmail).join(toEmail), "latin1"),
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const set = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => SESSION_COOKIE.test(c.split("=")[0]));
  if (!set) throw new Error(`signing in as ${toEmail} (status ${res.status}) set no session cookie`);
  return set;
}

/** Headers worth replaying; the cookie is set per user, the rest is the browser's noise. */
const REPLAY = ["accept", "content-type", "next-action", "next-router-state-tree", "origin", "next-url"];

/**
 * Runs `act` on `page` and returns the first server-action POST it triggers, with
 * the headers to replay and the parsed JSON body (actions called with a plain
 * object send `[arg]` as text/plain JSON).
 */
export async function captureAction(page, act, { attempts = 5 } = {}) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const requestPromise = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"], {
      timeout: 5_000,
    });
    await act();
    let request;
    try {
      request = await requestPromise;
    } catch {
      // clicked before hydration: try again (bounded)
      await page.waitForTimeout(500);
      continue;
    }
    const response = await request.response();
    const all = await request.allHeaders();
    const headers = Object.fromEntries(REPLAY.filter((h) => all[h] !== undefined).map((h) => [h, all[h]]));
    const url = new URL(request.url());
    const body = request.postData() ?? "";
    let args;
    try {
      args = JSON.parse(body);
    } catch {
      throw new Error(
        `the captured action body is not JSON (${headers["content-type"]}): ${body.slice(0, 200)}`,
      );
    }
    return { path: `${url.pathname}${url.search}`, headers, args, status: response?.status() };
  }
  throw new Error("no server-action request was sent after several clicks");
}

/**
 * Signs the capture user in, reads the item ids of both plans from the DOM, ticks
 * the first architect item and calls the no-op action, capturing both requests.
 */
export async function captureRequests(browser, base, { email, password }) {
  const { context, page } = await signIn(browser, base, email, password);
  try {
    // The plan renders the rows of open sections only (ADR 034): open every section of both plans.
    const every = "fundamentals+associate+projects+next-level+tips|";
    await context.addCookies(
      ["architect", "developer"].map((cert) => ({ name: `plan-sections-${cert}`, value: every, url: base })),
    );
    await page.goto("/plan/developer");
    const developerIds = await page.$$eval("[data-plan-item]", (els) =>
      els.map((e) => e.getAttribute("data-plan-item")),
    );
    await page.goto("/plan/architect");
    await page.waitForLoadState("networkidle");
    const architectIds = await page.$$eval("[data-plan-item]", (els) =>
      els.map((e) => e.getAttribute("data-plan-item")),
    );
    if (architectIds.length === 0) throw new Error("no [data-plan-item] on /plan/architect");
    const first = architectIds[0];
    const checkOff = await captureAction(page, () =>
      page.locator(`[data-plan-item="${first}"] input[type="checkbox"]`).click(),
    );
    if (
      !Array.isArray(checkOff.args) ||
      checkOff.args[0]?.itemId !== first ||
      checkOff.args[0]?.status !== "done"
    ) {
      throw new Error(`unexpected check-off payload: ${JSON.stringify(checkOff.args)}`);
    }
    await page.goto("/bench/action");
    await page.waitForLoadState("networkidle");
    const noop = await captureAction(page, () =>
      page.getByRole("button", { name: "Call the no-op action" }).click(),
    );
    const ids = [...new Set([...architectIds, ...developerIds])];
    return { checkOff, noop, architectIds, itemIds: ids };
  } finally {
    await context.close();
  }
}

/**
 * Session cookies for many users: the first signs in through the form in
 * Chromium, the others through the same sign-in request replayed, a few at a time.
 */
export async function signInMany(browser, base, users, password, { parallel = 4 } = {}) {
  const cookies = new Map();
  const [first, ...rest] = users;
  const { context, cookie, signInRequest } = await signIn(browser, base, first.email, password);
  await context.close();
  cookies.set(first.id, cookie);
  const queue = [...rest];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let user = queue.shift(); user; user = queue.shift()) {
        cookies.set(user.id, await replaySignIn(signInRequest, first.email, user.email));
      }
    }),
  );
  return cookies;
}
