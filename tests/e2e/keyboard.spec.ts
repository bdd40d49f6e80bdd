import type { Page } from "@playwright/test";

import { certifications } from "../../lib/curriculum";
import { itemsByStep } from "../support/curriculum";

import { expect, test } from "./fixtures";
import { PASSWORD, uniqueEmail, waitForHydration } from "./helpers";
import { linkTo, waitForMail } from "./mail";

/**
 * A whole journey with the keyboard alone: every interaction is page.keyboard.
 * (page.goto opens the first page; the rest is Tab, Shift+Tab, typing, Space and Enter.)
 */

interface Focused {
  tag: string;
  type: string;
  name: string;
  text: string;
  label: string;
  inHeader: boolean;
  itemFocus: boolean;
}

async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const input = el as HTMLInputElement;
    return {
      tag: el.tagName.toLowerCase(),
      type: input.type ?? "",
      name: input.name ?? "",
      text: (el.textContent ?? "").trim(),
      label: input.labels?.[0]?.textContent?.trim() ?? el.getAttribute("aria-label") ?? "",
      inHeader: el.closest("header") !== null,
      itemFocus: el.hasAttribute("data-item-focus"),
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(
  page: Page,
  what: string,
  match: (f: Focused) => boolean,
  { back = false, max = 80 } = {},
) {
  const seen: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    if (f && match(f)) return;
    seen.push(
      f ? `${f.tag}${f.name ? `[name=${f.name}]` : ""} "${(f.label || f.text).slice(0, 30)}"` : "(body)",
    );
  }
  throw new Error(
    `${back ? "Shift+Tab" : "Tab"} never reached ${what}; focus went through: ${seen.join(", ")}`,
  );
}

const ARCHITECT_PROGRESS = `${certifications.architect.name} progress`;

test("sign up, onboard, tick an item and see the dashboard move, with the keyboard only", async ({
  page,
}) => {
  // Sign up: Tab into the fields, type, Enter.
  const email = uniqueEmail("keyboard");
  await page.goto("/signup");
  await tabTo(page, "the email field", (f) => f.tag === "input" && f.name === "email");
  await page.keyboard.type(email);
  await tabTo(page, "the password field", (f) => f.tag === "input" && f.name === "password", { max: 3 });
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  // The mailed link opens the confirmation page (like page.goto, a new page), then Tab and Enter.
  await page.goto(linkTo(await waitForMail(email, "Confirm your email address"), "/verify-email"));
  await tabTo(page, "the confirm button", (f) => f.tag === "button" && f.text === "Confirm email address");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Sign in to continue" })).toBeVisible();
  await tabTo(page, "the sign-in link", (f) => f.tag === "a" && f.text === "Sign in to continue");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/signin/);
  await tabTo(page, "the email field", (f) => f.tag === "input" && f.name === "email");
  await page.keyboard.type(email);
  await tabTo(page, "the password field", (f) => f.tag === "input" && f.name === "password", { max: 3 });
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/onboarding$/);

  // Onboarding: Space on the exam's checkbox, Tab to the submit button, Enter.
  await expect(page.getByRole("button", { name: "Save my plan" })).toBeVisible();
  await tabTo(
    page,
    "the Solutions Architect checkbox",
    (f) => f.tag === "input" && f.type === "checkbox" && f.name === "architect",
  );
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: /Solutions Architect/ })).toBeChecked();
  await tabTo(page, "the Save my plan button", (f) => f.tag === "button" && f.text === "Save my plan");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/plan\/architect/);
  await waitForHydration(page);

  // The plan: Tab to the first item's checkbox, Space, wait for the save.
  const first = itemsByStep("architect", "fundamentals")[0];
  if (!first) throw new Error("The architect plan has no items");
  const box = page.getByRole("checkbox", { name: first.title, exact: true });
  await expect(box).not.toBeChecked();
  await tabTo(page, "the first item's checkbox", (f) => f.itemFocus);
  await expect(box).toBeFocused();
  const saved = page.waitForResponse(
    (r) =>
      r.request().method() === "POST" &&
      !!r.request().headers()["next-action"] &&
      (r.request().postData() ?? "").includes(first.id),
  );
  await page.keyboard.press("Space");
  expect((await saved).ok()).toBe(true);
  await expect(box).toBeChecked();

  // Back up to the header's "Dashboard" link, Enter.
  await tabTo(
    page,
    'the header\'s "Dashboard" link',
    (f) => f.inHeader && f.tag === "a" && f.text === "Dashboard",
    { back: true, max: 120 },
  );
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);

  // The progress moved: a new account starts at 0 and one item is now done.
  // (The dashboard is being rebuilt; this asserts only its heading and the exam's progress bar.)
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const bar = page.getByRole("progressbar", { name: ARCHITECT_PROGRESS, exact: true });
  await expect(bar).toBeVisible();
  expect(Number(await bar.getAttribute("aria-valuenow"))).toBeGreaterThan(0);
});
