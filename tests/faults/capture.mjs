// The only browser work of the fault tests: signing users up and capturing the
// server actions' ids (and router-state headers) from real browser requests.
import { chromium } from "@playwright/test";

export const PASSWORD = "correct horse battery staple 42";

const LAUNCH = {
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export async function launchBrowser() {
  return chromium.launch(LAUNCH);
}

function uniqueEmail(label) {
  return `faults-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/** Which action a captured request called, from its page and arguments. */
function classify(request) {
  const url = new URL(request.url());
  const body = request.postData() ?? "";
  if (url.pathname === "/signup") return "signUp";
  if (url.pathname === "/signin") return "signIn";
  if (url.pathname === "/onboarding" && body.includes("_architect")) return "saveEnrollments";
  if (body.startsWith("[{")) {
    if (body.includes('"timeZone"')) return "saveTimeZone";
    if (body.includes('"status"')) return "setItemStatus";
    if (body.includes('"body"')) return "saveNote";
    if (body.includes('"cert"')) return "addEnrollment";
  }
  return null;
}

function recordActions(page, actions) {
  page.on("request", (request) => {
    const headers = request.headers();
    if (request.method() !== "POST" || !headers["next-action"]) return;
    const name = classify(request);
    if (!name || actions[name]) return;
    const url = new URL(request.url());
    const body = request.postData() ?? "";
    // React prefixes a form's fields with "_<n>_"; keep the prefix the browser used.
    const prefix = /name="(_\d+_)(?:email|architect)"/.exec(body)?.[1] ?? "_1_";
    actions[name] = {
      id: headers["next-action"],
      path: `${url.pathname}${url.search}`,
      tree: headers["next-router-state-tree"],
      prefix,
    };
  });
}

/** Signs a new user up through the form on `base`; returns the user and the open page. */
async function signUpInBrowser(browser, base, label, actions, contextOptions = {}) {
  const context = await browser.newContext({ baseURL: base, timezoneId: "UTC", ...contextOptions });
  const page = await context.newPage();
  if (actions) recordActions(page, actions);
  const email = uniqueEmail(label);
  await page.goto("/signup");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/onboarding/, { timeout: 30_000 });
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === "next-auth.session-token");
  if (!session) throw new Error(`sign-up of ${email} set no session cookie`);
  return { email, password: PASSWORD, cookie: `${session.name}=${session.value}`, context, page };
}

async function userId(pool, email) {
  const { rows } = await pool.query(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (!rows[0]) throw new Error(`no user ${email} in the database`);
  return rows[0].id;
}

/**
 * Signs up the users the tests need on instance `base` and captures every action
 * id once. Returns `{ actions, items, users }`; `items` are the architect plan's
 * item ids in page order.
 */
export async function prepare({ browser, base, pool, labels }) {
  const actions = {};

  // One user walks through the app so each action is sent once by the browser.
  // Its browser claims another time zone, so the time-zone sync action fires too.
  const walker = await signUpInBrowser(browser, base, "walker", actions, { timezoneId: "Europe/Berlin" });
  const page = walker.page;
  // The plan renders the rows of open sections only (ADR 034): open every section to read every item id.
  await walker.context.addCookies([
    { name: "plan-sections-architect", value: "fundamentals+associate+projects+next-level+tips|", url: base },
  ]);
  await page.getByRole("checkbox", { name: /Solutions Architect/ }).check();
  await page.getByRole("button", { name: "Save my plan" }).click();
  await page.waitForURL(/\/plan\/architect/, { timeout: 30_000 });
  await page.locator("[data-hydrated]").waitFor({ state: "attached" });
  const items = await page
    .locator("[data-plan-item]")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-plan-item")));
  const saved = page.waitForResponse(
    (r) =>
      r.request().method() === "POST" &&
      !!r.request().headers()["next-action"] &&
      (r.request().postData() ?? "").includes('"status"'),
  );
  await page.getByRole("checkbox").first().click();
  await saved;
  await page
    .getByRole("button", { name: /^Details for / })
    .nth(1)
    .click();
  const noteSaved = page.waitForResponse(
    (r) => r.request().method() === "POST" && (r.request().postData() ?? "").includes('"body"'),
  );
  await page.getByLabel("Note: where I left off").fill("captured by the fault tests");
  await noteSaved;
  await page.goto("/plan/developer");
  await page.locator("[data-hydrated]").waitFor({ state: "attached" });
  const added = page.waitForResponse(
    (r) => r.request().method() === "POST" && (r.request().postData() ?? "").includes('"cert"'),
  );
  await page.getByRole("button", { name: /^Add .+ to my plan$/ }).click();
  await added;

  // The sign-in action, sent with an empty password: refused by validation, so
  // it counts as no failed attempt.
  const signInContext = await browser.newContext({ baseURL: base, timezoneId: "UTC" });
  const signInPage = await signInContext.newPage();
  recordActions(signInPage, actions);
  await signInPage.goto("/signin");
  await signInPage.getByLabel("Email", { exact: true }).fill(walker.email);
  const refused = signInPage.waitForResponse(
    (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
  );
  await signInPage.getByRole("button", { name: "Sign in" }).click();
  await refused;
  await signInContext.close();
  await walker.context.close();

  const missing = [
    "signUp",
    "signIn",
    "saveEnrollments",
    "setItemStatus",
    "saveNote",
    "addEnrollment",
    "saveTimeZone",
  ].filter((n) => !actions[n]);
  if (missing.length) throw new Error(`could not capture the actions: ${missing.join(", ")}`);
  if (items.length < 20) throw new Error(`the architect plan lists only ${items.length} items`);

  const users = {
    walker: {
      email: walker.email,
      password: PASSWORD,
      cookie: walker.cookie,
      id: await userId(pool, walker.email),
    },
  };
  for (const label of labels) {
    const user = await signUpInBrowser(browser, base, label, null);
    await user.context.close();
    users[label] = {
      email: user.email,
      password: PASSWORD,
      cookie: user.cookie,
      id: await userId(pool, user.email),
    };
  }
  return { actions, items, users };
}
