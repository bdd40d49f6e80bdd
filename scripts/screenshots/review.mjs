// docs/screenshots/review.png: /review for the seeded demo user, from a real `next start`.
//   npm run db:seed && npx next start -p 3251 &   then   BASE_URL=http://127.0.0.1:3251 node scripts/screenshots/review.mjs
// Signs in through the form as demo@example.com (prisma/seed.ts), whose cards include several due today.
import { chromium } from "@playwright/test";

import { chromiumPath, CHROMIUM_ARGS } from "../bench/browser.mjs";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const out = process.argv[2] ?? "docs/screenshots/review.png";

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({
    baseURL: base,
    timezoneId: "Europe/Berlin",
    viewport: { width: 1100, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill("demo@example.com");
  await page.getByLabel("Password").fill("demo study plan 2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  await page.goto("/review");
  await page.getByRole("heading", { level: 1, name: "Review" }).waitFor();
  await page
    .getByRole("button", { name: "Good", exact: true })
    .waitFor({ timeout: 5_000 })
    .catch(() => {});
  await page.screenshot({ path: out, fullPage: true });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
}
