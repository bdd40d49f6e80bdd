// docs/screenshots/schedule.png from a real run of /schedule.
//
//   npx next build && TEST_CLOCK=1 NEXTAUTH_URL=http://127.0.0.1:3231 npx next start -H 127.0.0.1 -p 3231
//   node scripts/screenshots/schedule.mjs http://127.0.0.1:3231
//
// Signs a new user up through the forms, pins "now" for this browser (the server must run with
// TEST_CLOCK=1) so the picture does not depend on the day it is taken, onboards with an exam ten
// weeks away at 8 h a week, gives one week off, and photographs the top of the schedule.
import { existsSync } from "node:fs";

import { chromium } from "@playwright/test";

const base = (process.argv[2] ?? "http://127.0.0.1:3231").replace(/\/$/, "");
const out = process.argv[3] ?? "docs/screenshots/schedule.png";
const NOW = "2027-01-13T09:00:00Z"; // a Wednesday; the exam on Friday 26 March

const browser = await chromium.launch({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 1700 },
    timezoneId: "Europe/Berlin",
  });
  await context.addCookies([{ name: "test-now", value: encodeURIComponent(NOW), url: base }]);
  const page = await context.newPage();
  await page.goto(`${base}/signup`);
  await page.getByLabel("Email").fill(`screenshot-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("correct horse battery staple 42");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/onboarding/);
  await page.getByRole("checkbox", { name: /Solutions Architect/ }).check();
  await page.getByLabel("SAA-C03 exam date (optional)").fill("2027-03-26");
  await page.getByLabel("Study hours per week for SAA-C03 (optional)").fill("8");
  await page.getByRole("button", { name: "Save my plan" }).click();
  await page.waitForURL(/\/plan\/architect/);

  await page.goto(`${base}/schedule`);
  await page.locator("[data-hydrated]").waitFor({ state: "attached" });
  const week3 = page.getByRole("region", { name: /^Week 3 / });
  await week3.getByLabel("Study hours in week 3").fill("0");
  await week3.getByRole("button", { name: /^Save hours/ }).click();
  await week3.getByText("Week off (0 h)").waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
}
