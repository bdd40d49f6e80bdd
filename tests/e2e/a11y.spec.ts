import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { itemsByStep } from "../support/curriculum";
import type { Answers } from "../../lib/guide/questions";

import { expect, test } from "./fixtures";
import { pinTime, signUpViaUi, waitForHydration } from "./helpers";

/**
 * axe-core on every page, signed out and signed in: no violation of impact
 * "serious" or "critical". Minor and moderate findings are printed, not failed.
 */

const BLOCKING = new Set(["serious", "critical"]);

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  const minor = results.violations.filter((v) => !BLOCKING.has(v.impact ?? ""));
  if (minor.length > 0) {
    console.info(`[a11y] ${label}: ${minor.map((v) => `${v.id} (${v.impact})`).join(", ")} (not failing)`);
  }
  const report = blocking
    .map(
      (v) =>
        `${v.id} [${v.impact}] ${v.help}\n  ${v.helpUrl}\n` +
        v.nodes
          .map((n) => `  - ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`)
          .join("\n"),
    )
    .join("\n");
  expect(blocking, `serious or critical accessibility violations on ${label}:\n${report}`).toEqual([]);
}

/** A full set of answers (ids from lib/guide/questions.ts), so /choose shows its recommendation. */
const ARCHITECT_ANSWERS: Answers = {
  enjoy: "design",
  background: "infrastructure",
  work: "infrastructure",
  goal: "architect",
  preference: "planning",
  apis: "rarely",
  coding: "none",
  both: "no",
};

test.describe("signed out", () => {
  for (const path of [
    "/",
    "/choose",
    "/signin",
    "/signup",
    "/forgot-password",
    "/reset-password",
    "/verify-email",
  ]) {
    test(`${path} has no serious accessibility violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page, path);
    });
  }

  test("/choose with every question answered (the recommendation) has no serious accessibility violations", async ({
    page,
  }) => {
    await page.goto(`/choose?${new URLSearchParams(ARCHITECT_ANSWERS).toString()}`);
    await expect(page.getByRole("heading", { level: 2, name: /^Our recommendation:/ })).toBeVisible();
    await expectNoSeriousViolations(page, "/choose (recommendation)");
  });

  test.describe("a page that does not exist", () => {
    // The browser logs the document's 404 status.
    test.use({ expectedConsoleErrors: [/status of 404/] });

    test("has no serious accessibility violations", async ({ page }) => {
      const response = await page.goto("/no-such-page-here");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expectNoSeriousViolations(page, "404");
    });
  });
});

test.describe("signed in", () => {
  // Sign-up plus a full-page scan of the long plan pages takes a while on a small machine.
  test.describe.configure({ timeout: 90_000 });

  test("/onboarding has no serious accessibility violations", async ({ page }) => {
    await signUpViaUi(page);
    await expect(page.getByRole("button", { name: "Save my plan" })).toBeVisible();
    await expectNoSeriousViolations(page, "/onboarding");
  });

  test.describe("with the Solutions Architect exam chosen", () => {
    test.beforeEach(async ({ page }) => {
      await signUpViaUi(page);
      await page.getByRole("checkbox", { name: /Solutions Architect/ }).check();
      await page.getByRole("button", { name: "Save my plan" }).click();
      await expect(page).toHaveURL(/\/plan\/architect/);
    });

    test("/dashboard has no serious accessibility violations", async ({ page }) => {
      await page.goto("/dashboard");
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
      await expectNoSeriousViolations(page, "/dashboard");
    });

    test("/plan/architect with one item's details open has no serious accessibility violations", async ({
      page,
    }) => {
      await page.goto("/plan/architect");
      await waitForHydration(page);
      const first = itemsByStep("architect", "fundamentals")[0];
      if (!first) throw new Error("The curriculum has no fundamentals items");
      await page.getByRole("button", { name: `Details for ${first.title}` }).click();
      await expect(page.getByLabel("Note: where I left off")).toBeVisible();
      // The details text arrives on its own (ADR 038): check it too.
      await expect(page.getByText("Estimated time")).toBeVisible();
      await expectNoSeriousViolations(page, "/plan/architect (details open)");
    });

    test("/plan/developer (read-only) has no serious accessibility violations", async ({ page }) => {
      // Without an exam date the plan follows the version in use "today": pin a day after the cut-over.
      await pinTime(page, "2026-12-02T12:00:00Z");
      await page.goto("/plan/developer");
      await waitForHydration(page);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("DVA-C03");
      await expect(page.getByRole("button", { name: /^Add .+ to my plan$/ })).toBeVisible();
      await expectNoSeriousViolations(page, "/plan/developer (read-only)");
    });

    test("/practice, empty, has no serious accessibility violations", async ({ page }) => {
      await page.goto("/practice");
      await expect(page.getByRole("button", { name: "Save attempt" })).toBeVisible();
      await expectNoSeriousViolations(page, "/practice (empty)");
    });

    test("/practice and /dashboard with attempts, a failed result and an error have no serious accessibility violations", async ({
      page,
    }) => {
      await pinTime(page, "2026-12-10T12:00:00Z");
      await page.goto("/practice");
      const form = page.getByRole("form", { name: "Log an attempt" });
      for (const [date, score, secure] of [
        ["2026-12-02", "60", "50"],
        ["2026-12-05", "66", "12/20"],
        ["2026-12-08", "70", "65"],
      ] as const) {
        await form.getByLabel("Date", { exact: true }).fill(date);
        await form
          .getByLabel("Source", { exact: true })
          .selectOption({ label: "Skill Builder practice exam" });
        await form.getByLabel("Mode", { exact: true }).selectOption({ label: "Timed full exam" });
        await form.getByLabel("Score (%)", { exact: true }).fill(score);
        await form.getByLabel("Design Secure Architectures", { exact: true }).fill(secure);
        await form.getByRole("button", { name: "Save attempt" }).click();
        await expect(page.getByRole("region", { name: "Your attempts" }).getByRole("listitem")).toHaveCount(
          ["2026-12-02", "2026-12-05", "2026-12-08"].indexOf(date) + 1,
        );
      }
      await form.getByRole("radio", { name: /official AWS result/ }).check();
      await form.getByLabel("Scaled score (100–1000)").fill("650");
      await form.getByRole("radio", { name: "Fail" }).check();
      await form
        .getByLabel("Design Resilient Architectures", { exact: true })
        .selectOption("needs-improvement");
      await form.getByRole("button", { name: "Save attempt" }).click();
      await expect(page.getByText(/Earliest retake/)).toBeVisible();
      // An error state in the form.
      await form.getByLabel("Scaled score (100–1000)").fill("5000");
      await form.getByRole("button", { name: "Save attempt" }).click();
      await expect(form.getByText("Enter a whole number from 100 to 1000.")).toBeVisible();
      await expect(page.getByRole("img", { name: /practice/ })).toBeVisible();
      await expectNoSeriousViolations(page, "/practice (with attempts)");

      await page.goto("/dashboard");
      await expect(page.getByRole("img", { name: /practice/ })).toBeVisible();
      await expectNoSeriousViolations(page, "/dashboard (with attempts)");
    });

    test("/schedule with nothing to plan yet has no serious accessibility violations", async ({ page }) => {
      await page.goto("/schedule");
      await expect(page.getByRole("heading", { level: 1, name: "Schedule" })).toBeVisible();
      await expectNoSeriousViolations(page, "/schedule (nothing to plan)");
    });

    test("/review, with a card and once done, has no serious accessibility violations", async ({ page }) => {
      await expect(page.locator("[data-hydrated]")).toBeAttached();
      const first = itemsByStep("architect", "fundamentals")[0];
      if (!first) throw new Error("The curriculum has no fundamentals items");
      const saved = page.waitForResponse(
        (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
      );
      await page.getByRole("checkbox", { name: first.title, exact: true }).check();
      expect((await saved).ok()).toBe(true);
      // A ticked item is first due three days later: stand four days ahead.
      await pinTime(page, new Date(Date.now() + 4 * 24 * 60 * 60 * 1000).toISOString());
      await page.goto("/review");
      await waitForHydration(page);
      await expect(page.getByRole("button", { name: "Good", exact: true })).toBeVisible();
      await expectNoSeriousViolations(page, "/review");
      await page.keyboard.press("3");
      await expect(page.getByRole("heading", { name: "All done for today" })).toBeVisible();
      await expectNoSeriousViolations(page, "/review (all done)");
    });

    test("/account has no serious accessibility violations", async ({ page }) => {
      await page.goto("/account");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page, "/account");
    });
  });

  test("/schedule with a planned exam has no serious accessibility violations", async ({ page }) => {
    // An exam 8 weeks away at 6 h a week: weeks, a review week, the exam week and a shortfall.
    await pinTime(page, "2027-03-03T09:00:00Z");
    await signUpViaUi(page);
    await page.getByRole("checkbox", { name: /Solutions Architect/ }).check();
    await page.getByLabel("SAA-C03 exam date (optional)").fill("2027-04-28");
    await page.getByLabel("Study hours per week for SAA-C03 (optional)").fill("6");
    await page.getByRole("button", { name: "Save my plan" }).click();
    await expect(page).toHaveURL(/\/plan\/architect/);
    await page.goto("/schedule");
    await expect(page.getByRole("heading", { level: 2, name: /^Week 1 / })).toBeVisible();
    await page
      .getByRole("button", { name: /^Move to another week/ })
      .first()
      .click();
    await expectNoSeriousViolations(page, "/schedule");
  });
});
