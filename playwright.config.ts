import { existsSync } from "node:fs";

import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The SMTP server of tests/e2e/global-setup.ts (see tests/e2e/mail.ts).
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? port + 5000);

/** A system Chromium when there is one (our machines cannot download Playwright's). */
function chromiumPath(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return undefined; // Playwright's own browser
}

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    // A production build (scripts/e2e.mjs builds first); migrations run before the server starts.
    command: `npm run db:migrate && npx next start -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-0123456789abcdef0123456789",
      AUTH_THROTTLE_RELAXED_FOR_TESTS: "1",
      // Lets a test pin the time of its own requests with the `test-now` cookie (lib/clock/request.ts).
      TEST_CLOCK: "1",
      // With DATABASE_URL set (CI) the server uses that PostgreSQL; otherwise a fresh embedded one.
      PGLITE_DIR: ".data/e2e",
      // Real mail over SMTP to the test's own SMTP server (started by the global setup).
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "AWS Study Planner <no-reply@e2e.test>",
    },
  },
});
