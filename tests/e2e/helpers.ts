import type { Page } from "@playwright/test";

import { expect } from "./fixtures";
import { linkTo, waitForMail } from "./mail";

export const PASSWORD = "correct horse battery staple 42";

export function uniqueEmail(label = "user"): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

/**
 * Signs up the way a person does: the form, the verification mail, "Confirm email address",
 * then sign in. Ends on onboarding.
 */
export async function signUpViaUi(page: Page, email = uniqueEmail(), password = PASSWORD) {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await finishSignUp(page, email, password);
  await expect(page).toHaveURL(/\/onboarding/);
  return { email, password };
}

/** After "Create account": the verification mail, "Confirm email address", then sign in. */
export async function finishSignUp(page: Page, email: string, password = PASSWORD) {
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mail = await waitForMail(email, "Confirm your email address");
  await page.goto(linkTo(mail, "/verify-email"));
  await page.getByRole("button", { name: "Confirm email address" }).click();
  await page.getByRole("link", { name: "Sign in to continue" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInViaUi(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Pins "now" for this browser's requests (the e2e server runs with TEST_CLOCK=1;
 * see lib/clock/request.ts), so a test can stand on either side of a date boundary
 * whatever the real date is. Other tests keep the real time.
 */
export async function pinTime(page: Page, iso: string) {
  await page.context().addCookies([
    {
      name: "test-now",
      value: encodeURIComponent(iso),
      url: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`,
    },
  ]);
}

/**
 * Waits until React handles the plan's events (its checklist sets `data-hydrated` once hydrated).
 * Hydration is not something a user sees, so this is the suite's one locator that is not a role,
 * label or text: without it, a click could land before the checkbox listens.
 */
export async function waitForHydration(page: Page) {
  await expect(page.locator("[data-hydrated]")).toBeAttached();
}

/**
 * Opens a collapsible section of the plan ("Step 2: …", "Study tips") unless it is open already;
 * a closed section does not render its items. `name` is the start of its heading.
 */
export async function openSection(page: Page, name: string) {
  const toggle = page
    .getByRole("heading", { level: 2 })
    .getByRole("button", { name: new RegExp(`^${name}`) });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
}

/** Sets a plan item's status through its status menu ("To do", "In progress" or "Skipped"). */
export async function chooseStatus(page: Page, title: string, status: "To do" | "In progress" | "Skipped") {
  await statusButton(page, title).click();
  await page
    .getByRole("menu", { name: `Status of ${title}` })
    .getByRole("menuitemradio", { name: status })
    .click();
}

/** A plan item's status menu button, named "Status of <title>: <status>". */
export function statusButton(page: Page, title: string) {
  return page.getByRole("button", { name: `Status of ${title}:` });
}
