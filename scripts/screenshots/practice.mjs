// docs/screenshots/practice.png from a real run of /practice.
//
//   BASE_URL=http://127.0.0.1:3240 node scripts/screenshots/practice.mjs
//
// Needs a running `next start` (or `next dev`) with a database. Signs up a fresh user,
// picks the Developer exam, logs four practice attempts with per-domain scores and one
// failed exam result through the page's own form, then takes a full-page screenshot.
// With TEST_CLOCK=1 on the server, "now" is pinned to SCREENSHOT_NOW (default
// 10 Dec 2026, DVA-C03) so the picture is the same on any day; without it, the dates
// follow the real today.
import { existsSync, mkdirSync } from "node:fs";

import { chromium } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3240";
const pinned = process.env.SCREENSHOT_NOW ?? "2026-12-10T12:00:00Z";
const out = process.env.SCREENSHOT_OUT ?? "docs/screenshots/practice.png";
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/** "YYYY-MM-DD" `days` before `day`. */
function daysBefore(day, days) {
  const t = Date.parse(`${day}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: "test-now", value: encodeURIComponent(pinned), url: base }]);
  const page = await context.newPage();

  await page.goto(`${base}/signup`);
  await page.getByLabel("Email").fill(`screenshot-practice-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("correct horse battery staple 42");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/onboarding/);
  await page.getByRole("checkbox", { name: /Developer/ }).check();
  await page.getByRole("button", { name: "Save my plan" }).click();
  await page.waitForURL(/\/plan\/developer/);

  await page.goto(`${base}/practice`);
  const form = page.getByRole("form", { name: "Log an attempt" });
  const history = page.getByRole("region", { name: "Your attempts" }).getByRole("listitem");
  const date = form.getByLabel("Date", { exact: true });
  await date.waitFor();
  const today = await date.getAttribute("max");

  // Scores per domain, in the order of the form's domain fields (whatever version the dates fall in).
  const attempts = [
    {
      ago: 12,
      source: "Skill Builder pretest",
      mode: "Domain set",
      score: "58",
      domains: ["64", "45", "60", "57"],
    },
    {
      ago: 9,
      source: "Tutorials Dojo",
      mode: "Timed full exam",
      score: "63",
      domains: ["70", "8/16", "62", "61"],
    },
    {
      ago: 5,
      source: "Tutorials Dojo",
      mode: "Timed full exam",
      score: "66",
      domains: ["73", "55", "66", "64"],
    },
    { ago: 2, source: "Whizlabs", mode: "Timed full exam", score: "69", domains: ["76", "58", "70", "68"] },
  ];
  for (const [index, attempt] of attempts.entries()) {
    await date.fill(daysBefore(today, attempt.ago));
    await form.getByLabel("Source", { exact: true }).selectOption({ label: attempt.source });
    await form.getByLabel("Mode", { exact: true }).selectOption({ label: attempt.mode });
    await form.getByLabel("Score (%)", { exact: true }).fill(attempt.score);
    const fields = form.getByRole("group", { name: /^Scores by domain/ }).getByRole("textbox");
    for (const [i, value] of attempt.domains.entries()) await fields.nth(i).fill(value);
    await form.getByRole("button", { name: "Save attempt" }).click();
    await history.nth(index).waitFor();
  }

  await form.getByRole("radio", { name: /official AWS result/ }).check();
  await date.fill(daysBefore(today, 7));
  await form.getByLabel("Scaled score (100–1000)").fill("684");
  await form.getByRole("radio", { name: "Fail" }).check();
  const verdicts = form.getByRole("group", { name: /^Your score report by domain/ }).getByRole("combobox");
  for (const [i, verdict] of ["meets", "needs-improvement", "meets", "meets"].entries()) {
    await verdicts.nth(i).selectOption(verdict);
  }
  await form.getByRole("button", { name: "Save attempt" }).click();
  await history.nth(attempts.length).waitFor();
  await page.getByText(/Earliest retake/).waitFor();

  // Back to a practice attempt, so the form shows the practice fields.
  await form.getByRole("radio", { name: "A practice attempt" }).check();
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync("docs/screenshots", { recursive: true });
  await page.screenshot({ path: out, fullPage: true, animations: "disabled" });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
}
