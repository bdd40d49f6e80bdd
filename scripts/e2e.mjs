// `npm run test:e2e`: builds the app, then runs Playwright against `next start`.
// Uses a system Chromium when there is one; otherwise Playwright's own, which it
// installs first when missing (that needs the internet).
import { existsSync, rmSync } from "node:fs";

import { chromium } from "@playwright/test";

import { run } from "./lib/run.mjs";

const systemChromium =
  process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : "");
if (!systemChromium && !existsSync(chromium.executablePath())) {
  console.log(
    "No Chromium found (PLAYWRIGHT_CHROMIUM_PATH, /usr/bin/chromium, Playwright's own): installing Playwright's Chromium.",
  );
  if (run("npx", ["playwright", "install", "chromium"]) !== 0) process.exit(1);
}

if (process.env.E2E_SKIP_BUILD !== "1") {
  if (run("npx", ["next", "build"]) !== 0) process.exit(1);
}
if (!process.env.DATABASE_URL) rmSync(".data/e2e", { recursive: true, force: true });

process.exit(run("npx", ["playwright", "test", ...process.argv.slice(2)]));
