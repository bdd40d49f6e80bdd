import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { itemsForCert, isShared } from "../../lib/curriculum";
import { itemsByStep } from "../support/curriculum";

import { expect, test } from "./fixtures";
import { chooseStatus, finishSignUp, openSection, statusButton, waitForHydration } from "./helpers";

const PASSWORD = "correct horse battery staple 42";
const fundamentals = itemsByStep("architect", "fundamentals");
const STEP_1 = "Step 1: Cloud fundamentals and core AWS services progress";

function titleAt(index: number): string {
  const item = fundamentals[index];
  if (!item) throw new Error(`The curriculum has no fundamentals item #${index}`);
  return item.title;
}

/** A new user who chose the Solutions Architect exam, left on its plan page. */
async function signUpForArchitect(page: Page) {
  const email = `plan-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  await page.goto("/signup");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await finishSignUp(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/onboarding$/);
  await page.getByRole("checkbox", { name: /Solutions Architect/ }).check();
  await page.getByRole("button", { name: "Save my plan" }).click();
  await expect(page).toHaveURL(/\/plan\/architect/);
  await openPlan(page, "architect");
}

/** Opens a plan and waits until React handles its events. */
async function openPlan(page: Page, cert: "architect" | "developer") {
  await page.goto(`/plan/${cert}`);
  await waitForChecklist(page);
}

async function waitForChecklist(page: Page) {
  await waitForHydration(page);
}

async function reload(page: Page) {
  await page.reload();
  await waitForChecklist(page);
}

function checkbox(page: Page, title: string) {
  return page.getByRole("checkbox", { name: title, exact: true });
}

function row(page: Page, title: string) {
  return page.getByRole("listitem").filter({ has: checkbox(page, title) });
}

async function valueNow(page: Page, name: string): Promise<number> {
  return Number(await page.getByRole("progressbar", { name, exact: true }).getAttribute("aria-valuenow"));
}

test.describe("the plan page", () => {
  test.beforeEach(async ({ page }) => {
    await signUpForArchitect(page);
  });

  test("shows the exam, its domains and how progress is counted", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      "AWS Certified Solutions Architect – Associate",
    );
    await expect(page.getByRole("heading", { level: 1 })).toContainText("SAA-C03");
    await expect(page.getByText("65 (50 scored, 15 unscored)")).toBeVisible();
    await expect(page.getByText("130 minutes")).toBeVisible();
    await expect(page.getByText("100–1000")).toBeVisible();
    await expect(page.getByText("Design Secure Architectures").first()).toBeVisible();
    await expect(page.getByText("How we count")).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit exam date and order" })).toHaveAttribute(
      "href",
      "/onboarding",
    );
    for (const step of ["Step 1:", "Step 2:", "Step 3:", "Step 4:"]) {
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${step}`) })).toBeVisible();
    }
    await expect(page.getByRole("heading", { level: 2, name: "Study tips" })).toBeVisible();
    await expect(row(page, titleAt(0)).getByText("Counts for both exams")).toBeVisible();
  });

  test("keeps ticks, an in-progress item and a note after a reload", async ({ page }) => {
    expect(await valueNow(page, STEP_1)).toBe(0);
    for (const index of [0, 1, 2]) {
      await checkbox(page, titleAt(index)).click();
      await expect(checkbox(page, titleAt(index))).toBeChecked();
    }
    await chooseStatus(page, titleAt(3), "In progress");
    await expect(statusButton(page, titleAt(3))).toHaveAccessibleName(`Status of ${titleAt(3)}: In progress`);
    await expect(row(page, titleAt(3)).getByText("In progress", { exact: true })).toBeVisible();
    expect(await valueNow(page, STEP_1)).toBeGreaterThan(0);

    // The note's letters are shortcut keys too: typing must not change the item.
    const note = "Stopped at section six <b>not bold</b>";
    await page.getByRole("button", { name: `Details for ${titleAt(4)}` }).click();
    await page.getByLabel("Note: where I left off").fill(note);
    await expect(row(page, titleAt(4)).getByText("Saved", { exact: true })).toBeVisible();

    await reload(page);
    for (const index of [0, 1, 2]) await expect(checkbox(page, titleAt(index))).toBeChecked();
    await expect(statusButton(page, titleAt(3))).toHaveAccessibleName(`Status of ${titleAt(3)}: In progress`);
    await expect(row(page, titleAt(3)).getByText("In progress", { exact: true })).toBeVisible();
    await expect(checkbox(page, titleAt(4))).not.toBeChecked();
    await expect(statusButton(page, titleAt(4))).toHaveAccessibleName(`Status of ${titleAt(4)}: To do`);
    await page.getByRole("button", { name: `Details for ${titleAt(4)}` }).click();
    await expect(page.getByLabel("Note: where I left off")).toHaveValue(note);
    expect(await valueNow(page, STEP_1)).toBeGreaterThan(0);
  });

  test("works from the keyboard alone", async ({ page }) => {
    await page.getByLabel("Search items").focus();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Keyboard shortcuts" })).toBeFocused();
    // The step navigator: four steps and the tips.
    const nav = page.getByRole("navigation", { name: "Steps" });
    for (const name of ["Step 1 0/14", "Step 2", "Step 3", "Step 4", "Tips"]) {
      await page.keyboard.press("Tab");
      await expect(nav.getByRole("link", { name })).toBeFocused();
    }
    await page.keyboard.press("Tab"); // the first step's heading button
    await expect(page.getByRole("button", { name: /^Step 1:/ })).toBeFocused();
    await page.keyboard.press("Tab"); // the first item's checkbox
    await expect(checkbox(page, titleAt(0))).toBeFocused();
    await page.keyboard.press("x");
    await expect(checkbox(page, titleAt(0))).toBeChecked();
    await page.keyboard.press("j");
    await expect(checkbox(page, titleAt(1))).toBeFocused();
    await page.keyboard.press("Space");
    await expect(checkbox(page, titleAt(1))).toBeChecked();
    await page.keyboard.press("j");
    await page.keyboard.press("i");
    await expect(statusButton(page, titleAt(2))).toHaveAccessibleName(`Status of ${titleAt(2)}: In progress`);
    await page.keyboard.press("k");
    await expect(checkbox(page, titleAt(1))).toBeFocused();
    await page.keyboard.press("n");
    await expect(page.getByLabel("Note: where I left off")).toBeFocused();
    await page.keyboard.type("six sections in");
    await expect(checkbox(page, titleAt(1))).toBeChecked();
    await expect(row(page, titleAt(1)).getByText("Saved", { exact: true })).toBeVisible();

    await reload(page);
    await expect(checkbox(page, titleAt(0))).toBeChecked();
    await expect(checkbox(page, titleAt(1))).toBeChecked();
    await expect(statusButton(page, titleAt(2))).toHaveAccessibleName(`Status of ${titleAt(2)}: In progress`);
  });

  test("lists the shortcuts in a dialog that Escape closes", async ({ page }) => {
    const button = page.getByRole("button", { name: "Keyboard shortcuts" });
    await button.click();
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText("Next item")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("ends in the last-clicked state after fast repeated clicks", async ({ page }) => {
    const box = checkbox(page, titleAt(0));
    for (let i = 0; i < 5; i += 1) await box.click();
    await expect(box).toBeChecked();
    await reload(page);
    await expect(box).toBeChecked();
  });

  test.describe("when a save fails", () => {
    // The browser logs the failed request.
    test.use({ expectedConsoleErrors: [/status of 500/] });

    test("rolls back, says so, and saves on Retry", async ({ page }) => {
      const serverAction = /\/plan\/architect(\?.*)?$/;
      await page.route(serverAction, async (route) => {
        const request = route.request();
        if (request.method() === "POST" && request.headers()["next-action"]) {
          await route.fulfill({
            status: 500,
            contentType: "text/html",
            body: "<h1>Internal Server Error</h1>",
          });
        } else {
          await route.continue();
        }
      });
      const title = titleAt(0);
      await checkbox(page, title).click();
      const alert = page.getByRole("alert").filter({ hasText: title });
      await expect(alert).toBeVisible();
      await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
      await expect(checkbox(page, title)).not.toBeChecked();

      await page.unroute(serverAction);
      await alert.getByRole("button", { name: "Retry" }).click();
      await expect(checkbox(page, title)).toBeChecked();
      await expect(alert).toBeHidden();
      await reload(page);
      await expect(checkbox(page, title)).toBeChecked();
    });

    test("an older click failing does not undo a newer one", async ({ page }) => {
      const serverAction = /\/plan\/architect(\?.*)?$/;
      let failNext = true;
      await page.route(serverAction, async (route) => {
        const request = route.request();
        if (failNext && request.method() === "POST" && request.headers()["next-action"]) {
          failNext = false;
          // Slow, so the later clicks are made (optimistically) before this one fails.
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          await route.fulfill({
            status: 500,
            contentType: "text/html",
            body: "<h1>Internal Server Error</h1>",
          });
        } else {
          await route.continue();
        }
      });
      let answered = 0;
      page.on("response", (response) => {
        if (response.request().headers()["next-action"]) answered += 1;
      });
      const box = checkbox(page, titleAt(0));
      await box.click(); // done — this save fails
      await box.click(); // to do
      await box.click(); // done — the last click wins
      await expect(box).toBeChecked();
      await expect.poll(() => answered).toBe(3);
      await expect(box).toBeChecked();
      await expect(page.getByRole("alert").filter({ hasText: titleAt(0) })).toHaveCount(0);
      await page.unroute(serverAction);
      await reload(page);
      await expect(box).toBeChecked();
    });
  });

  test("filters by status and searches", async ({ page }) => {
    const total = itemsForCert("architect").length;
    await checkbox(page, titleAt(0)).click();
    await checkbox(page, titleAt(1)).click();
    await expect(checkbox(page, titleAt(1))).toBeChecked();

    await page.getByRole("button", { name: "Done (2)" }).click();
    await expect(page.getByRole("button", { name: "Done (2)" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("checkbox")).toHaveCount(2);
    await expect(checkbox(page, titleAt(0))).toBeVisible();

    await page.getByRole("button", { name: `To do (${total - 2})` }).click();
    await expect(page.getByRole("checkbox")).toHaveCount(total - 2);
    await expect(checkbox(page, titleAt(0))).toHaveCount(0);

    await page.getByRole("button", { name: `All (${total})` }).click();
    await page.getByLabel("Search items").fill("KMS");
    const count = await page.getByRole("checkbox").count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await expect(checkbox(page, "Encryption with AWS KMS")).toBeVisible();

    await page.getByLabel("Search items").fill("no such topic anywhere");
    await expect(page.getByText("No items match")).toBeVisible();
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await page.getByRole("button", { name: "Show all items" }).click();
    // Back to the plan as it was: only the open first step renders its items.
    await expect(page.getByText(`${total} items`, { exact: true })).toBeVisible();
    await expect(page.getByRole("checkbox")).toHaveCount(fundamentals.length);
  });

  test("shows another exam read-only until it is added", async ({ page }) => {
    const shared = itemsForCert("developer").find(isShared);
    const own = itemsByStep("developer", "projects")[0];
    if (!shared || !own) throw new Error("The developer plan needs a shared item and a project");
    await checkbox(page, shared.title).click();
    await expect(checkbox(page, shared.title)).toBeChecked();

    await openPlan(page, "developer");
    await openSection(page, "Step 3:");
    await expect(checkbox(page, shared.title)).toBeChecked();
    await expect(checkbox(page, shared.title)).toBeDisabled();
    await expect(checkbox(page, own.title)).toBeDisabled();
    await expect(statusButton(page, own.title)).toBeDisabled();
    await page.getByRole("button", { name: `Details for ${own.title}` }).click();
    await expect(page.getByLabel("Note: where I left off")).toHaveCount(0);

    await page.getByRole("button", { name: /^Add .+ to my plan$/ }).click();
    await expect(checkbox(page, own.title)).toBeEnabled();
    await expect(page.getByRole("button", { name: /^Add .+ to my plan$/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Edit exam date and order" })).toBeVisible();
    await checkbox(page, own.title).click();
    await expect(checkbox(page, own.title)).toBeChecked();
    await reload(page);
    await expect(checkbox(page, own.title)).toBeChecked();
  });

  test("has no detectable accessibility problems, details open", async ({ page }) => {
    await checkbox(page, titleAt(0)).click();
    await page.getByRole("button", { name: `Details for ${titleAt(1)}` }).click();
    await expect(page.getByLabel("Note: where I left off")).toBeVisible();
    // The details text arrives on its own (ADR 038): check it too.
    await expect(page.getByText("Estimated time")).toBeVisible();
    const results = await new AxeBuilder({ page }).include("#main").analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });

  test("fits a 375 px wide phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole("button", { name: `Details for ${titleAt(1)}` }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.getByRole("button", { name: `Details for ${titleAt(1)}` }).boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(40);
  });
});

test.describe("an unknown exam", () => {
  // The browser itself logs the 404 status of the document.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("is not found", async ({ page }) => {
    await signUpForArchitect(page);
    const response = await page.goto("/plan/sysops");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
