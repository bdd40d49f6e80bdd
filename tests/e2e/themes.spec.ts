import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from "@playwright/test";

import { expect, test as base } from "./fixtures";
import { pinTime, signUpViaUi } from "./helpers";
import { E2E_PORT } from "./mail";

/**
 * Dark mode and the header (issue #16): every page a user touches, on a phone (390×844) and a
 * desktop (1280×800), in light and dark, chosen with the `theme` cookie and, for System, by the
 * device (an emulated prefers-color-scheme). Each test walks a group of pages in one browser
 * context; the signed-in pages share one account per worker.
 */

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** The page background in dark mode (slate-50 of the dark palette, app/globals.css). */
const DARK_PAGE = "rgb(16, 20, 27)";

type Mode = "light" | "dark" | "system-dark";

interface Account {
  storageState: Awaited<ReturnType<BrowserContext["storageState"]>>;
  sharePath: string;
}

const test = base.extend<object, { account: Account }>({
  account: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: ORIGIN });
      const page = await context.newPage();
      await pinTime(page, "2026-12-10T12:00:00Z");
      await signUpViaUi(page);
      await page.getByRole("checkbox", { name: /Solutions Architect/ }).check();
      await page.getByRole("button", { name: "Save my plan" }).click();
      await expect(page).toHaveURL(/\/plan\/architect/);
      // Two practice exams, so /practice and the dashboard draw the score chart.
      await page.goto("/practice");
      const form = page.getByRole("form", { name: "Log an attempt" });
      await expect(form.getByLabel("Exam", { exact: true })).toBeEnabled();
      for (const [date, score, count] of [
        ["2026-12-02", "58", 1],
        ["2026-12-08", "71", 2],
      ] as const) {
        await form.getByLabel("Date", { exact: true }).fill(date);
        await form
          .getByLabel("Source", { exact: true })
          .selectOption({ label: "Skill Builder practice exam" });
        await form.getByLabel("Mode", { exact: true }).selectOption({ label: "Timed full exam" });
        await form.getByLabel("Score (%)", { exact: true }).fill(score);
        await form.getByRole("button", { name: "Save attempt" }).click();
        await expect(page.getByRole("region", { name: "Your attempts" }).getByRole("listitem")).toHaveCount(
          count,
        );
      }
      await page.goto("/account");
      await page.getByRole("button", { name: "Create a public progress link" }).click();
      const link = page.getByRole("link", { name: /\/u\// });
      await expect(link).toBeVisible();
      const sharePath = new URL((await link.getAttribute("href"))!, ORIGIN).pathname;
      await use({ storageState: await context.storageState(), sharePath });
      await context.close();
    },
    { scope: "worker", timeout: 90_000 },
  ],
});

/** A page in its own context with the theme set the way `mode` says, failing on console errors. */
async function themedPage(
  browser: Browser,
  mode: Mode,
  viewport: { width: number; height: number },
  storageState?: BrowserContextOptions["storageState"],
) {
  const context = await browser.newContext({
    baseURL: ORIGIN,
    viewport,
    storageState,
    colorScheme: mode === "system-dark" ? "dark" : "light",
  });
  if (mode !== "system-dark") await context.addCookies([{ name: "theme", value: mode, url: ORIGIN }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return { page, errors, close: () => context.close() };
}

async function expectAxeClean(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const report = violations
    .map(
      (v) =>
        `${v.id} [${v.impact}] ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `  - ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`)
          .join("\n"),
    )
    .join("\n");
  expect(violations, `axe (wcag2a, wcag2aa) on ${label}:\n${report}`).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label} scrolls sideways`).toBeLessThanOrEqual(0);
}

async function expectScheme(page: Page, mode: Mode) {
  const dark = mode !== "light";
  await expect(page.locator("html")).toHaveCSS("color-scheme", dark ? "dark" : "light");
  if (mode === "system-dark") await expect(page.locator("html")).not.toHaveAttribute("data-theme");
  else await expect(page.locator("html")).toHaveAttribute("data-theme", mode);
  // The page background: the dark page colour, or the light one.
  if (dark) await expect(page.locator("body")).toHaveCSS("background-color", DARK_PAGE);
  else await expect(page.locator("body")).not.toHaveCSS("background-color", DARK_PAGE);
}

type LinkName = string | RegExp;

function navLink(nav: Locator, name: LinkName): Locator {
  return typeof name === "string"
    ? nav.getByRole("link", { name, exact: true })
    : nav.getByRole("link", { name });
}

/** Phone: one header row with the brand and "Menu"; the menu opens by keyboard and shows the links. */
async function checkPhoneHeader(page: Page, label: string, links: LinkName[], tapTargets: boolean) {
  const header = page.getByRole("banner");
  expect((await header.boundingBox())!.height, `${label}: header height`).toBeLessThanOrEqual(64);
  const menu = header.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(navLink(nav, links[0]!)).toBeHidden();
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  for (const name of links) await expect(navLink(nav, name)).toBeVisible();
  const theme = header.getByRole("group", { name: "Theme" });
  await expect(theme).toBeVisible();
  if (tapTargets) {
    const targets = [
      menu,
      ...links.map((name) => navLink(nav, name)),
      ...["Light", "Dark", "System"].map((name) => theme.getByRole("button", { name })),
    ];
    for (const target of targets) {
      const box = (await target.boundingBox())!;
      expect(box.height, `${label}: tap target ${await target.innerText()}`).toBeGreaterThanOrEqual(44);
    }
  }
  await expectAxeClean(page, `${label} (menu open)`);
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await expect(nav).toBeHidden();
}

/** Desktop: every link of the header on one row, the theme choice beside them. */
async function checkDesktopHeader(page: Page, label: string, links: LinkName[]) {
  const header = page.getByRole("banner");
  expect((await header.boundingBox())!.height, `${label}: header height`).toBeLessThanOrEqual(64);
  await expect(header.getByRole("button", { name: "Menu" })).toBeHidden();
  const nav = page.getByRole("navigation", { name: "Main" });
  const tops = new Set<number>();
  for (const name of links) {
    await expect(navLink(nav, name)).toBeVisible();
    const box = (await navLink(nav, name).boundingBox())!;
    tops.add(Math.round(box.y + box.height / 2));
  }
  const theme = (await header.getByRole("group", { name: "Theme" }).boundingBox())!;
  tops.add(Math.round(theme.y + theme.height / 2));
  expect(Math.max(...tops) - Math.min(...tops), `${label}: header items on one row`).toBeLessThanOrEqual(4);
}

interface Stop {
  path: string;
  /** The page's level-1 heading, to know it has rendered. */
  heading: RegExp;
}

const SIGNED_OUT: Stop[] = [
  { path: "/", heading: /./ },
  { path: "/exams", heading: /./ },
  { path: "/choose", heading: /./ },
  { path: "/signin", heading: /Sign in/ },
  { path: "/signup", heading: /./ },
  { path: "/forgot-password", heading: /./ },
  { path: "/reset-password", heading: /./ },
  { path: "/verify-email", heading: /./ },
];
const SIGNED_OUT_LINKS = ["Compare exams", "Which exam?", "Sign in", "Create account"];

const SIGNED_IN: Stop[] = [
  { path: "/onboarding", heading: /./ },
  { path: "/dashboard", heading: /^Dashboard$/ },
  { path: "/plan/architect", heading: /Solutions Architect/ },
  { path: "/schedule", heading: /^Schedule$/ },
  { path: "/practice", heading: /^Practice exams$/ },
  { path: "/review", heading: /^Review$/ },
  { path: "/account", heading: /./ },
];
const SIGNED_IN_LINKS = ["Dashboard", "Schedule", "Architect plan", "Developer plan", "Practice", "Review"];

async function walk(page: Page, stops: Stop[], mode: Mode, phone: boolean, links: LinkName[]) {
  for (const [index, stop] of stops.entries()) {
    const label = `${stop.path} (${phone ? "390" : "1280"} px, ${mode})`;
    await page.goto(stop.path);
    await expect(page.getByRole("heading", { level: 1, name: stop.heading }).first()).toBeVisible();
    await expectScheme(page, mode);
    await expectAxeClean(page, label);
    await expectNoSidewaysScroll(page, label);
    if (phone) await checkPhoneHeader(page, label, links, index === 0);
    else await checkDesktopHeader(page, label, links);
  }
}

test.describe.configure({ timeout: 240_000 });

for (const mode of ["light", "dark", "system-dark"] as const) {
  for (const [device, viewport] of [
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ] as const) {
    const phone = device === "phone";

    test(`signed-out pages, ${device}, ${mode}: axe clean, no sideways scroll, one-row header`, async ({
      browser,
    }) => {
      const { page, errors, close } = await themedPage(browser, mode, viewport);
      await walk(page, SIGNED_OUT, mode, phone, SIGNED_OUT_LINKS);
      expect(errors, "console errors").toEqual([]);
      await close();
    });

    test(`signed-in pages and the share page, ${device}, ${mode}: axe clean, no sideways scroll, one-row header`, async ({
      browser,
      account,
    }) => {
      const { page, errors, close } = await themedPage(browser, mode, viewport, account.storageState);
      await walk(page, SIGNED_IN, mode, phone, [...SIGNED_IN_LINKS, /^Account: /]);
      // The public share page, as a visitor sees it (signed out).
      await page.context().clearCookies({ name: /next-auth/ });
      await walk(
        page,
        [{ path: account.sharePath, heading: /Study progress/ }],
        mode,
        phone,
        SIGNED_OUT_LINKS,
      );
      expect(errors, "console errors").toEqual([]);
      await close();
    });
  }
}

test.describe("the phone menu", () => {
  test.use({ viewport: PHONE });

  test("closes when a link is followed, and its theme choice works from there", async ({ page }) => {
    await page.goto("/");
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-controls", "site-menu");
    await menu.click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare exams" }).click();
    await expect(page).toHaveURL(/\/exams$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();

    await menu.click();
    await page.getByRole("group", { name: "Theme" }).getByRole("button", { name: "Dark" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.locator("body")).toHaveCSS("background-color", DARK_PAGE);
  });
});

test.describe("the theme choice", () => {
  test("Dark persists across reloads and is in the server-rendered HTML; System goes back to the device", async ({
    page,
  }) => {
    await page.goto("/");
    const theme = page.getByRole("banner").getByRole("group", { name: "Theme" });
    await expect(theme.getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).toHaveCSS("color-scheme", "light");

    const saved = page.waitForResponse((r) => r.request().method() === "POST");
    await theme.getByRole("button", { name: "Dark" }).click();
    expect((await saved).ok()).toBe(true);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.locator("html")).toHaveCSS("color-scheme", "dark");
    await expect(theme.getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");
    const cookie = (await page.context().cookies()).find((c) => c.name === "theme");
    expect(cookie).toMatchObject({ value: "dark", path: "/", sameSite: "Lax" });
    // About a year.
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(360 * 24 * 60 * 60 * 1000);

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.locator("body")).toHaveCSS("background-color", DARK_PAGE);
    // The HTML as served, before any script: already dark, so there is nothing to flash.
    const html = await (await page.request.get("/signin")).text();
    expect(html).toMatch(/<html[^>]* data-theme="dark"/);
    expect(html).toContain('<meta name="theme-color" content="#171c26"');

    await theme.getByRole("button", { name: "System" }).click();
    await expect(page.locator("html")).not.toHaveAttribute("data-theme");
    await expect(page.locator("html")).toHaveCSS("color-scheme", "light");
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).toHaveCSS("color-scheme", "dark");
    await expect(page.locator("body")).toHaveCSS("background-color", DARK_PAGE);
    const system = await (await page.request.get("/signin")).text();
    expect(system).not.toMatch(/<html[^>]* data-theme=/);
    expect(system).toContain(
      '<meta name="theme-color" content="#171c26" media="(prefers-color-scheme: dark)"',
    );
  });

  test("Light overrides a dark device, chosen with the keyboard", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/exams");
    await expect(page.locator("html")).toHaveCSS("color-scheme", "dark");
    const light = page
      .getByRole("banner")
      .getByRole("group", { name: "Theme" })
      .getByRole("button", { name: "Light" });
    await light.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await expect(page.locator("html")).toHaveCSS("color-scheme", "light");
    await expect(light).toHaveAttribute("aria-pressed", "true");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the form still sets the theme", async ({ page }) => {
      await page.goto("/signin");
      await page
        .getByRole("banner")
        .getByRole("group", { name: "Theme" })
        .getByRole("button", { name: "Dark" })
        .click();
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      await expect(page.getByRole("heading", { level: 1, name: /Sign in/ })).toBeVisible();
      await page.goto("/exams");
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    });
  });
});
