import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { signUpViaUi } from "./helpers";

/**
 * Issue #16: on a phone every control is at least 44 px tall. Buttons, fields, selects,
 * summaries and links that stand on their own (not a link inside a sentence, which WCAG exempts)
 * in the page's main region, at 390 × 844.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.locator("main").evaluate((main) => {
    const out: string[] = [];
    for (const el of main.querySelectorAll<HTMLElement>("a, button, input, select, textarea, summary")) {
      if (el instanceof HTMLInputElement && ["checkbox", "radio", "hidden"].includes(el.type)) continue;
      if (el.closest("[aria-hidden='true'], [inert]")) continue; // not for people (a sign-up trap for bots)
      const style = getComputedStyle(el);
      if (el.tagName === "A" && style.display === "inline") continue; // a link in running text
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1 || style.visibility === "hidden") continue; // hidden or sr-only
      if (rect.height < 44) {
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60);
        out.push(`${el.tagName.toLowerCase()} "${name}" is ${Math.round(rect.height)} px tall`);
      }
    }
    return out;
  });
}

test.use({ viewport: { width: 390, height: 844 } });

test("every control on the signed-in pages is at least 44 px tall on a phone", async ({ page }) => {
  test.setTimeout(90_000);
  await signUpViaUi(page);
  await page.getByRole("checkbox", { name: /Solutions Architect/ }).check();
  const inEightWeeks = new Date(Date.now() + 56 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("SAA-C03 exam date (optional)").fill(inEightWeeks);
  await page.getByLabel("Study hours per week for SAA-C03 (optional)").fill("6");
  await page.getByRole("button", { name: "Save my plan" }).click();
  await expect(page).toHaveURL(/\/plan\/architect/);

  for (const path of ["/dashboard", "/schedule", "/practice", "/review", "/account", "/plan/architect"]) {
    await page.goto(path);
    await page.waitForLoadState("load");
    expect(await smallTargets(page), `controls under 44 px on ${path}`).toEqual([]);
  }
});

test("every control on the public pages is at least 44 px tall on a phone", async ({ page }) => {
  for (const path of ["/", "/exams", "/choose", "/signin", "/signup", "/forgot-password"]) {
    await page.goto(path);
    await page.waitForLoadState("load");
    expect(await smallTargets(page), `controls under 44 px on ${path}`).toEqual([]);
  }
});
