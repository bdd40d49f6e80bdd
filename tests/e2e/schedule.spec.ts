import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";
import ICAL from "ical.js";

import { expect, test } from "./fixtures";
import { pinTime, signUpViaUi } from "./helpers";

/**
 * The planner, as a user meets it: onboard with an exam 8 weeks away and 6 h a week, see the
 * weeks up to the exam (across the change to summer time in Berlin), tick an item and watch
 * "This week" follow, download the calendar and subscribe to the private feed.
 */

// Wednesday 3 March 2027, 10:00 in Berlin. The exam is 8 weeks later, Wednesday 28 April;
// summer time starts on Sunday 28 March, inside week 4.
const NOW = "2027-03-03T09:00:00Z";
const EXAM = "2027-04-28";

async function onboard(page: Page, { date, hours }: { date?: string; hours?: string }) {
  await page.getByRole("checkbox", { name: /Solutions Architect/ }).check();
  if (date) await page.getByLabel("SAA-C03 exam date (optional)").fill(date);
  if (hours) await page.getByLabel("Study hours per week for SAA-C03 (optional)").fill(hours);
  await page.getByRole("button", { name: "Save my plan" }).click();
  await expect(page).toHaveURL(/\/plan\/architect/);
}

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

function weekHeadings(page: Page) {
  return page.getByRole("heading", { level: 2, name: /^Week \d+/ });
}

test.describe("the schedule", () => {
  test.use({ timezoneId: "Europe/Berlin" });
  test.describe.configure({ timeout: 90_000 });

  test("plans the weeks to an exam 8 weeks away, across a DST change, with the calendar and its feed", async ({
    page,
    browser,
  }) => {
    await pinTime(page, NOW);
    await signUpViaUi(page);
    await onboard(page, { date: EXAM, hours: "6" });

    await page.goto("/schedule");
    await expect(page.getByRole("heading", { level: 1, name: "Schedule" })).toBeVisible();
    // This week (1 March) to the exam's week (26 April): nine weeks.
    await expect(weekHeadings(page)).toHaveCount(9);
    await expect(weekHeadings(page).first()).toHaveText("Week 1 · 1 – 7 Mar 2027");
    await expect(weekHeadings(page).nth(3)).toHaveText("Week 4 · 22 – 28 Mar 2027");
    await expect(weekHeadings(page).nth(4)).toHaveText("Week 5 · 29 Mar – 4 Apr 2027");
    await expect(weekHeadings(page).last()).toHaveText("Week 9 · 26 Apr – 2 May 2027");

    const week1 = page.getByRole("region", { name: "Week 1 · 1 – 7 Mar 2027" });
    await expect(week1.getByText("This week", { exact: true })).toBeVisible();
    await expect(week1.getByText("6 h planned of 6 h")).toBeVisible();
    // The DST week is a whole week of study like any other.
    await expect(
      page.getByRole("region", { name: "Week 4 · 22 – 28 Mar 2027" }).getByText("6 h planned of 6 h"),
    ).toBeVisible();
    const review = page.getByRole("region", { name: /^Week 8 / });
    await expect(review.getByText("Practice exams and review for SAA-C03")).toBeVisible();
    await expect(review.getByRole("link", { name: "SAA-C03: full timed practice exam" })).toBeVisible();
    const examWeek = page.getByRole("region", { name: /^Week 9 / });
    await expect(examWeek.getByText("SAA-C03 exam", { exact: true })).toBeVisible();
    await expect(examWeek.getByText("Wed 28 Apr 2027")).toBeVisible();

    // 6 h a week for seven weeks of topics is short of what SAA-C03 needs: said plainly.
    const shortfall = page.getByText(
      /^At 6 h a week you will finish SAA-C03 topics \d+ weeks? after your exam\. Study \d+ h a week, or move the exam to \d{1,2} [A-Z][a-z]{2} \d{4}\.$/,
    );
    await expect(shortfall).toBeVisible();

    // The calendar file: text/calendar, parsed, with the exam's all-day event.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download calendar (.ics)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("aws-study-plan-2027-03-03.ics");
    const ics = await readFile((await download.path())!, "utf8");
    const exam = events(ics).find((e) => e.summary === "SAA-C03 exam");
    expect(exam?.startDate.toString()).toBe(EXAM);
    expect(exam?.startDate.isDate).toBe(true);
    const head = await page.request.get("/schedule/calendar.ics");
    expect(head.headers()["content-type"]).toBe("text/calendar; charset=utf-8");

    // The private feed on /account: works signed out, 404 once turned off.
    await page.goto("/account");
    await page.getByRole("button", { name: "Create a calendar link" }).click();
    const webcal = await page.getByRole("link", { name: /^webcal:\/\// }).textContent();
    expect(webcal).toMatch(/^webcal:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    const feedUrl = webcal!.replace(/^webcal:/, "http:");
    const anonymous = await browser.newContext();
    try {
      const feed = await anonymous.request.get(feedUrl);
      expect(feed.status()).toBe(200);
      expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
      expect(events(await feed.text()).map((e) => e.summary)).toContain("SAA-C03 exam");

      await page.getByRole("button", { name: "Turn off the calendar link" }).click();
      await expect(page.getByRole("button", { name: "Create a calendar link" })).toBeVisible();
      expect((await anonymous.request.get(feedUrl)).status()).toBe(404);
    } finally {
      await anonymous.close();
    }

    // Either way out of the shortfall updates the plan: more hours a week.
    await page.goto("/schedule");
    const study = page.getByRole("button", { name: /^Study \d+ h a week for SAA-C03$/ });
    const label = (await study.textContent())!;
    const hours = /Study (\d+) h/.exec(label)![1];
    await study.click();
    await expect(shortfall).toHaveCount(0);
    await expect(page.getByText(new RegExp(`^Exam on Wed 28 Apr 2027 · ${hours} h a week · `))).toBeVisible();
  });

  test("moves an item and sets a week's hours by keyboard, on a 390 px screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await pinTime(page, NOW);
    await signUpViaUi(page);
    await onboard(page, { date: EXAM, hours: "6" });
    await page.goto("/schedule");
    await expect(page.locator("[data-hydrated]")).toBeAttached();

    const week1 = page.getByRole("region", { name: /^Week 1 / });
    const week3 = page.getByRole("region", { name: /^Week 3 / });
    const first = week1.getByRole("list", { name: "Items in Week 1" }).getByRole("listitem").first();
    const title = (await first.getByRole("link").textContent())!;

    // Focus the item's "Move to another week" button, then only the keyboard.
    await week1.getByRole("button", { name: `Move to another week: ${title}` }).focus();
    await page.keyboard.press("Enter");
    const select = week1.getByLabel("Move to", { exact: true });
    await expect(select).toBeFocused();
    await page.keyboard.press("ArrowDown"); // week 2 → week 3
    await expect(select).toHaveValue("2027-03-15");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(week3.getByRole("link", { name: title, exact: true })).toBeVisible();
    await expect(
      week3.getByRole("listitem").filter({ hasText: title }).getByText("Moved here"),
    ).toBeVisible();
    await expect(week1.getByRole("link", { name: title, exact: true })).toHaveCount(0);

    // A holiday in week 2: 0 h, nothing planned there.
    const week2 = page.getByRole("region", { name: /^Week 2 / });
    const field = week2.getByLabel("Study hours in week 2");
    await field.focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("0");
    await page.keyboard.press("Enter");
    await expect(week2.getByText("Week off (0 h)")).toBeVisible();
    await expect(week2.getByText("A week off: nothing planned.")).toBeVisible();
    await expect(week2.getByText("0 h planned of 0 h")).toBeVisible();

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("says what to set before there is anything to plan", async ({ page }) => {
    await pinTime(page, NOW);
    await signUpViaUi(page);
    await page.goto("/schedule");
    await expect(page.getByRole("heading", { level: 2, name: "Choose an exam first" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Pick an exam" })).toHaveAttribute("href", "/onboarding");

    await page.goto("/onboarding");
    await onboard(page, {});
    await page.goto("/schedule");
    await expect(page.getByText("Set your SAA-C03 exam date to plan the weeks up to it.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Set dates and hours" })).toHaveAttribute(
      "href",
      "/onboarding",
    );
    await expect(weekHeadings(page)).toHaveCount(0);
  });
});

test.describe("This week on the dashboard", () => {
  // At the real time: ticking stamps the item with the database's clock, so the week must be today's.
  test("lists this week's items and follows a tick", async ({ page }) => {
    await signUpViaUi(page);
    const inEightWeeks = new Date(Date.now() + 56 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await onboard(page, { date: inEightWeeks, hours: "6" });

    await page.goto("/dashboard");
    const thisWeek = page.getByRole("region", { name: "This week" });
    await expect(thisWeek.getByRole("heading", { level: 2, name: "This week" })).toBeVisible();
    const summary = thisWeek.getByText(/^0 of \d+ items done$/);
    await expect(summary).toBeVisible();
    const planned = Number(/^0 of (\d+)/.exec((await summary.textContent())!)![1]);
    expect(planned).toBeGreaterThan(0);
    // The first five open items; the rest are counted and left to the schedule page.
    const items = thisWeek.getByRole("list", { name: "This week" }).getByRole("link");
    await expect(items).toHaveCount(Math.min(planned, 5));
    if (planned > 5)
      await expect(
        thisWeek.getByText(`${planned - 5} more item${planned - 5 === 1 ? "" : "s"} to do this week`, {
          exact: false,
        }),
      ).toBeVisible();
    const first = items.first();
    const href = (await first.getAttribute("href"))!;
    expect(href).toMatch(/^\/plan\/architect#item-[a-z0-9-]+$/);
    const title = (await first.locator("span").first().textContent())!;

    // The link opens the step that holds the item, wherever it is in the plan.
    await page.goto(href);
    await expect(page.locator("[data-hydrated]")).toBeAttached();
    const saved = page.waitForResponse(
      (response) => response.request().method() === "POST" && !!response.request().headers()["next-action"],
    );
    await page.getByRole("checkbox", { name: title, exact: true }).check();
    expect((await saved).ok()).toBe(true);

    await page.goto("/dashboard");
    // Ticking can reorder the rest (the domain's gap shrank), so count afresh; the done item leaves the list.
    await expect(thisWeek.getByText(/^1 of \d+ items done$/)).toBeVisible();
    await expect(
      thisWeek.getByRole("link", { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }),
    ).toHaveCount(0);
  });
});
