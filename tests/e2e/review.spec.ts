import type { Page } from "@playwright/test";

import { itemsByStep } from "../support/curriculum";

import { expect, test } from "./fixtures";
import { pinTime, signUpViaUi, waitForHydration } from "./helpers";

/*
 * Spaced review, as a user meets it: tick items on the plan, come back when they are due
 * (the browser's clock is pinned: lib/clock/request.ts), rate them on /review, and see the
 * due count and expected recall on the dashboard. Days in UTC, so the dates below hold.
 */

test.use({ timezoneId: "UTC" });

const TICKED = itemsByStep("architect", "fundamentals").slice(0, 3);
const TITLES = TICKED.map((item) => item.title);

/** Signs up with an SAA-C03 exam date, ticks three items at the pinned time; ends on the plan. */
async function tickThree(page: Page) {
  await pinTime(page, "2027-03-01T09:00:00Z");
  await signUpViaUi(page);
  await page.getByRole("checkbox", { name: /Solutions Architect/ }).check();
  await page.getByLabel("SAA-C03 exam date (optional)").fill("2027-05-03");
  await page.getByRole("button", { name: "Save my plan" }).click();
  await expect(page).toHaveURL(/\/plan\/architect/);
  await expect(page.locator("[data-hydrated]")).toBeAttached();
  for (const title of TITLES) {
    const checkbox = page.getByRole("checkbox", { name: title, exact: true });
    const saved = page.waitForResponse(
      (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
    );
    // A click that lands while the page is still settling is retried.
    await expect(async () => {
      await checkbox.check({ timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    expect((await saved).ok()).toBe(true);
  }
  // Saved: the plan shows them ticked after a reload.
  await page.reload();
  for (const title of TITLES)
    await expect(page.getByRole("checkbox", { name: title, exact: true })).toBeChecked();
}

function currentCard(page: Page) {
  return page.getByRole("region").filter({ has: page.getByRole("button", { name: "Good", exact: true }) });
}

async function currentTitle(page: Page): Promise<string> {
  return (await currentCard(page).getByRole("heading", { level: 2 }).textContent()) ?? "";
}

test("ticked items come back when due; rating them lowers the due count; recall on exam day is shown", async ({
  page,
}) => {
  await tickThree(page);

  // The same day: nothing due yet, and the dashboard says when.
  await page.goto("/dashboard");
  const reviews = page.getByRole("region", { name: "Spaced review" });
  await expect(reviews.getByRole("link", { name: "0 reviews due" })).toHaveAttribute("href", "/review");
  await expect(reviews).toContainText("Next review: Thu 4 Mar 2027 (in 3 days).");
  const card = page.getByRole("region", { name: "AWS Certified Solutions Architect – Associate" });
  await expect(card.getByRole("heading", { name: "Expected recall on exam day" })).toBeVisible();
  await expect(card.getByRole("progressbar", { name: /expected recall on exam day$/ })).toHaveAttribute(
    "aria-valuetext",
    /^\d+% expected recall on 3 May 2027/,
  );
  await expect(card.getByText(/what you would still remember on 3 May 2027/)).toBeVisible();

  // Three days later they are due.
  await pinTime(page, "2027-03-04T09:00:00Z");
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "3 reviews due" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  await expect(page.getByText("3 cards to review today")).toBeVisible();

  const first = await currentTitle(page);
  expect(TITLES).toContain(first);
  await expect(currentCard(page).getByText("Due today")).toBeVisible();
  await expect(page.getByRole("button", { name: "Again", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Hard", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Easy", exact: true })).toBeVisible();
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/review"));
  await page.getByRole("button", { name: "Good", exact: true }).click();
  expect((await saved).ok()).toBe(true);
  await expect(currentCard(page).getByRole("heading", { level: 2 })).not.toHaveText(first);
  await expect(page.getByText("2 cards to review today")).toBeVisible();
  await expect(page.getByRole("region", { name: "Reviewed just now" })).toContainText(
    `${first}: Good · next in 2 weeks`,
  );

  // The due count dropped.
  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: "2 reviews due" })).toBeVisible();
  const recent = page.getByRole("region", { name: "Recent activity" });
  await expect(recent.getByRole("list", { name: "Reviews" })).toContainText(`Reviewed ${first}: Good`);
  // Reviews count as study activity: today's square says so.
  const heatmap = page.getByRole("group", { name: /Items done per day, reviews included/ });
  // (The ticks are stamped with the real time, so they land on today's square only on that real day.)
  await expect(heatmap.getByRole("img", { name: /\(today\)$/ })).toHaveAttribute(
    "aria-label",
    /^(3 items done and )?1 review on Thu 4 Mar 2027 \(today\)$/,
  );

  // The rest by keyboard: 1 = Again, 4 = Easy.
  await page.goto("/review");
  await waitForHydration(page);
  await expect(page.getByText("2 cards to review today")).toBeVisible();
  const second = await currentTitle(page);
  await page.keyboard.press("1");
  await expect(currentCard(page).getByRole("heading", { level: 2 })).not.toHaveText(second);
  await page.keyboard.press("4");
  await expect(page.getByRole("heading", { name: "All done for today" })).toBeVisible();
  await expect(
    page.getByText("You reviewed 2 cards. Next review: Fri 5 Mar 2027 (tomorrow), 1 card."),
  ).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Your ratings are saved." })).toBeVisible();

  // Saved: a reload shows nothing left today.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Nothing to review today" })).toBeVisible();
  await expect(page.getByText("Next review: Fri 5 Mar 2027 (tomorrow), 1 card.")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: "0 reviews due" })).toBeVisible();
});

test("the next card shows at once while the rating saves", async ({ page }) => {
  await tickThree(page);
  await pinTime(page, "2027-03-04T09:00:00Z");
  await page.goto("/review");
  await waitForHydration(page);
  await expect(page.getByText("3 cards to review today")).toBeVisible();
  // Hold the save for 3 s: the next card must not wait for it.
  await page.route("**/review", async (route) => {
    if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 3_000));
    await route.continue();
  });
  const first = await currentTitle(page);
  await page.getByRole("button", { name: "Hard", exact: true }).click();
  await expect(currentCard(page).getByRole("heading", { level: 2 })).not.toHaveText(first, {
    timeout: 1_000,
  });
});

test.describe("when a rating cannot be saved", () => {
  // The browser logs the aborted request.
  test.use({ expectedConsoleErrors: [/Failed to fetch|ERR_FAILED|net::/] });

  test("the card comes back with the reason, and nothing is lost", async ({ page }) => {
    await tickThree(page);
    await pinTime(page, "2027-03-04T09:00:00Z");
    await page.goto("/review");
    await waitForHydration(page);
    const first = await currentTitle(page);
    await page.route("**/review", (route) =>
      route.request().method() === "POST" ? route.abort("failed") : route.continue(),
    );
    await page.getByRole("button", { name: "Good", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "reach the server" })).toContainText(
      `“${first}”: We couldn't reach the server, so this rating was not saved.`,
    );
    await expect(currentCard(page).getByRole("heading", { level: 2 })).toHaveText(first);
    await expect(page.getByText("3 cards to review today")).toBeVisible();

    await page.unroute("**/review");
    await page.reload();
    await expect(page.getByText("3 cards to review today")).toBeVisible();
  });
});

test("/review on a phone: no sideways scrolling, the four answers in reach", async ({ page }) => {
  await tickThree(page);
  await pinTime(page, "2027-03-04T09:00:00Z");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/review");
  await waitForHydration(page);
  for (const name of ["Again", "Hard", "Good", "Easy"]) {
    const button = page.getByRole("button", { name, exact: true });
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeInViewport({ ratio: 1 });
    expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a new user's /review explains how cards arrive", async ({ page }) => {
  await signUpViaUi(page);
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "No review cards yet" })).toBeVisible();
  await expect(
    page.getByText(/When you mark an item done on your plan it becomes a review card/),
  ).toBeVisible();
});
