import type { Locator, Page } from "@playwright/test";

import { certifications, itemsForVersion } from "../../lib/curriculum";

import { expect, test } from "./fixtures";
import { pinTime, signUpViaUi, waitForHydration } from "./helpers";

/**
 * The practice log (issue #14). Every test pins "now" to 10 Dec 2026 (after the
 * DVA-C03 cut-over on 1 Dec), so it passes on any real date.
 */

const DEVELOPER = certifications.developer.name;
const C03 = certifications.developer.versions.find((v) => v.exam.code === "DVA-C03")!;
/** The DVA-C03 plan's Security items, in plan order (curriculum data, not the app's drill code). */
const securityItems = itemsForVersion(C03).filter((item) => item.domains.includes("dva-c03-d2"));

async function developerCandidate(page: Page) {
  await pinTime(page, "2026-12-10T12:00:00Z");
  await signUpViaUi(page);
  await page.getByRole("checkbox", { name: /Developer/ }).check();
  await page.getByRole("button", { name: "Save my plan" }).click();
  await expect(page).toHaveURL(/\/plan\/developer/);
}

function logForm(page: Page): Locator {
  return page.getByRole("form", { name: "Log an attempt" });
}

async function openPractice(page: Page) {
  await page.goto("/practice");
  await expect(page.getByRole("heading", { level: 1, name: "Practice exams" })).toBeVisible();
  await expect(logForm(page).getByLabel("Exam", { exact: true })).toBeEnabled();
}

interface PracticeInput {
  date: string;
  score: string;
  domains?: Record<string, string>;
}

/** Fills and saves one practice attempt, then waits for it in the history. */
async function logPractice(page: Page, { date, score, domains = {} }: PracticeInput) {
  const form = logForm(page);
  const history = page.getByRole("region", { name: "Your attempts" }).getByRole("listitem");
  const before = await history.count();
  await form.getByLabel("Exam", { exact: true }).selectOption({ label: DEVELOPER });
  await form.getByLabel("Date", { exact: true }).fill(date);
  await form.getByLabel("Source", { exact: true }).selectOption({ label: "Tutorials Dojo" });
  await form.getByLabel("Mode", { exact: true }).selectOption({ label: "Timed full exam" });
  await form.getByLabel("Score (%)", { exact: true }).fill(score);
  for (const [title, value] of Object.entries(domains)) {
    await form.getByLabel(title, { exact: true }).fill(value);
  }
  await form.getByRole("button", { name: "Save attempt" }).click();
  await expect(history).toHaveCount(before + 1);
  await expect(form.getByText("Attempt saved.")).toBeVisible();
}

const THREE: PracticeInput[] = [
  {
    date: "2026-12-02",
    score: "60",
    domains: {
      "Development with AWS Services": "70",
      Security: "50",
      "Testing and Deployment": "62",
      "Troubleshooting and Optimization": "60",
    },
  },
  {
    date: "2026-12-05",
    score: "64",
    domains: {
      "Development with AWS Services": "72",
      Security: "11/20",
      "Testing and Deployment": "66",
      "Troubleshooting and Optimization": "65",
    },
  },
  {
    date: "2026-12-08",
    score: "67",
    domains: {
      "Development with AWS Services": "76",
      Security: "60",
      "Testing and Deployment": "68",
      "Troubleshooting and Optimization": "66",
    },
  },
];

test.describe("the practice log", () => {
  test("three attempts with per-domain scores give a trend, a forecast, the weakest domain and a drill list", async ({
    page,
  }) => {
    await developerCandidate(page);
    await openPractice(page);
    await expect(page.getByText(/no practice evidence yet/i).first()).toBeVisible();

    await logPractice(page, THREE[0]!);
    await logPractice(page, THREE[1]!);
    const card = page.getByRole("region", { name: "Practice exams: Developer" });
    // Two attempts: no forecast line yet.
    await expect(card.getByText("Log 1 more attempt for a forecast.")).toBeVisible();
    await expect(card.getByText(/at your current trend you reach/)).toHaveCount(0);
    await logPractice(page, THREE[2]!);

    const chart = card.getByRole("img", { name: /practice/ });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName("Trend of practice scores, DVA-C03");
    await expect(chart).toHaveAccessibleDescription(
      "3 practice attempts, oldest first: 2 Dec 2026, 60 %; 5 Dec 2026, 64 %; 8 Dec 2026, 67 %. Pass line 72 %.",
    );
    // 60, 64, 67 over 2–8 Dec: +7 points in 6 days; on 10 Dec the line reads 69.5, 72 about 2.1 days later.
    await expect(
      card.getByText("Forecast: at your current trend you reach 72 % around 13 Dec 2026."),
    ).toBeVisible();
    await expect(card.getByText("Latest", { exact: true })).toBeVisible();
    await expect(card).toContainText("5 points under the 72 % line");

    // Per-domain trend; Security's mean of the last three is (50 + 55 + 60) ÷ 3 = 55.
    await expect(
      card.getByText(/Domain 2: Security — 50 % → 55 % → 60 % \(rising\); average of the last 3: 55 %/),
    ).toBeVisible();
    await expect(card.getByText("Weakest domain by evidence:")).toBeVisible();
    await expect(card.getByText(/Weakest domain by evidence: Security \(55 %\)/)).toBeVisible();

    // The drill list: Security's items of the DVA-C03 plan, in plan order, linked to the plan.
    const drill = card.getByRole("list", { name: "Drill: Security" });
    await expect(drill).toBeVisible();
    const links = drill.getByRole("link");
    await expect(links).toHaveCount(Math.min(8, securityItems.length));
    await expect(links.first()).toHaveText(securityItems[0]!.title);
    await expect(links.first()).toHaveAttribute("href", `/plan/developer#item-${securityItems[0]!.id}`);

    // Readiness now uses the evidence, and the dashboard shows the same card.
    await expect(card.getByText(/Readiness: \d+ % \(4 of 4 domains with practice evidence\)/)).toBeVisible();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
    const dashboardCard = page.getByRole("region", { name: "Practice exams: Developer" });
    await expect(dashboardCard.getByRole("img", { name: /practice/ })).toBeVisible();
    await expect(dashboardCard.getByRole("list", { name: "Drill: Security" })).toBeVisible();
    const exam = page.getByRole("region", { name: DEVELOPER, exact: true });
    await expect(exam.getByText(/Topics 0% done · practice 55% \(recent average\)/)).toBeVisible();

    // Following a drill link lands on the item in the plan.
    await dashboardCard.getByRole("link", { name: securityItems[0]!.title }).click();
    await expect(page).toHaveURL(new RegExp(`/plan/developer#item-${securityItems[0]!.id}$`));
  });

  test("a failed exam shows the earliest retake date and marks the weak domains", async ({ page }) => {
    await developerCandidate(page);
    await openPractice(page);
    const form = logForm(page);
    await form.getByRole("radio", { name: /official AWS result/ }).check();
    await form.getByLabel("Exam", { exact: true }).selectOption({ label: DEVELOPER });
    await form.getByLabel("Date", { exact: true }).fill("2026-12-08");
    await form.getByLabel("Scaled score (100–1000)").fill("684");
    await form.getByRole("radio", { name: "Fail" }).check();
    await form.getByLabel("Security", { exact: true }).selectOption({ label: "Needs improvement" });
    await form
      .getByLabel("Development with AWS Services", { exact: true })
      .selectOption({ label: "Meets competencies" });
    await form.getByRole("button", { name: "Save attempt" }).click();
    await expect(form.getByText("Exam result saved.")).toBeVisible();

    const card = page.getByRole("region", { name: "Practice exams: Developer" });
    await expect(card.getByText("Earliest retake: 22 Dec 2026 (14 days after the attempt).")).toBeVisible();
    await expect(
      card.getByText(/8 Dec 2026 \(DVA-C03\): 684 of 1000, not passed \(720 needed\)/),
    ).toBeVisible();
    await expect(card.getByText("Needs improvement: Security")).toBeVisible();
    await expect(card.getByText("Needs improvement in your exam")).toBeVisible();
    await expect(card.getByRole("list", { name: "Drill: Security" })).toBeVisible();
    // No practice attempt: no invented evidence.
    await expect(card.getByText(/no practice evidence yet/).first()).toBeVisible();

    const history = page.getByRole("region", { name: "Your attempts" });
    await expect(history.getByText("retake from 22 Dec 2026", { exact: false })).toBeVisible();
  });

  test("a rejected attempt keeps what was typed, with the error next to its field", async ({ page }) => {
    await developerCandidate(page);
    await openPractice(page);
    const form = logForm(page);
    await form.getByLabel("Date", { exact: true }).fill("2026-12-11");
    await form.getByLabel("Source", { exact: true }).selectOption({ label: "Whizlabs" });
    await form.getByLabel("Mode", { exact: true }).selectOption({ label: "Review" });
    await form.getByLabel("Score (%)", { exact: true }).fill("150");
    await form.getByLabel("Security", { exact: true }).fill("12/16");
    await expect(form.getByText("75 %", { exact: true })).toBeVisible();
    await form.getByLabel("Notes (optional)").fill("Missed every KMS question");
    await form.getByRole("button", { name: "Save attempt" }).click();

    const score = form.getByLabel("Score (%)", { exact: true });
    await expect(score).toHaveAccessibleDescription("Enter a percent from 0 to 100.");
    await expect(score).toHaveAttribute("aria-invalid", "true");
    await expect(score).toBeFocused();
    await expect(form.getByText("Nothing was saved: check the fields marked above.")).toBeVisible();
    await expect(score).toHaveValue("150");
    await expect(form.getByLabel("Security", { exact: true })).toHaveValue("12/16");
    await expect(form.getByLabel("Notes (optional)")).toHaveValue("Missed every KMS question");

    // The server refuses a date after today (10 Dec in the user's zone), keeping the rest.
    await score.fill("70");
    await form.getByRole("button", { name: "Save attempt" }).click();
    const date = form.getByLabel("Date", { exact: true });
    await expect(date).toHaveAccessibleDescription(/the date cannot be in the future/);
    await expect(form.getByLabel("Notes (optional)")).toHaveValue("Missed every KMS question");
    await date.fill("2026-12-10");
    await form.getByRole("button", { name: "Save attempt" }).click();
    await expect(form.getByText("Attempt saved.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Your attempts" }).getByRole("listitem")).toHaveCount(1);
  });

  test("the domains follow the exam version of the date: DVA-C02 until 30 Nov 2026, DVA-C03 from 1 Dec", async ({
    page,
  }) => {
    await developerCandidate(page);
    await openPractice(page);
    const form = logForm(page);
    await form.getByLabel("Exam", { exact: true }).selectOption({ label: DEVELOPER });
    await form.getByLabel("Date", { exact: true }).fill("2026-11-30");
    await expect(form.getByText("Exam version on that date: DVA-C02.")).toBeVisible();
    await expect(form.getByLabel("Deployment", { exact: true })).toBeVisible();
    await expect(form.getByLabel("Testing and Deployment", { exact: true })).toHaveCount(0);
    await form.getByLabel("Date", { exact: true }).fill("2026-12-01");
    await expect(form.getByText("Exam version on that date: DVA-C03.")).toBeVisible();
    await expect(form.getByLabel("Testing and Deployment", { exact: true })).toBeVisible();
    await expect(form.getByLabel("Deployment", { exact: true })).toHaveCount(0);

    // A DVA-C02 attempt's Deployment score is kept apart on a DVA-C03 card, and the page says so.
    await logPractice(page, {
      date: "2026-11-30",
      score: "61",
      domains: { Deployment: "58", Security: "64" },
    });
    const card = page.getByRole("region", { name: "Practice exams: Developer" });
    await expect(
      card.getByText(/Kept apart: DVA-C02's domain “Deployment” has no domain of that name in DVA-C03/),
    ).toBeVisible();
    await expect(card.getByText(/Domain 2: Security — 64 % \(DVA-C02\)/)).toBeVisible();
    await expect(
      card.getByText(/scores for a DVA-C02 domain count for the DVA-C03 domain of the same name/),
    ).toBeVisible();
  });

  test("edit and delete work from the keyboard", async ({ page }) => {
    await developerCandidate(page);
    await openPractice(page);
    await logPractice(page, { date: "2026-12-03", score: "58" });
    const history = page.getByRole("region", { name: "Your attempts" });

    await history.getByRole("button", { name: /^Edit the attempt of 3 Dec 2026/ }).focus();
    await page.keyboard.press("Enter");
    const editForm = page.getByRole("form", { name: "Edit the attempt of 3 Dec 2026" });
    await expect(editForm.getByRole("heading", { name: "Edit the attempt of 3 Dec 2026" })).toBeFocused();
    await expect(editForm.getByLabel("Score (%)", { exact: true })).toHaveValue("58");
    await editForm.getByLabel("Score (%)", { exact: true }).fill("62");
    await page.keyboard.press("Enter"); // submits the form from the field
    await expect(history.getByRole("status")).toHaveText("Attempt updated.");
    await expect(
      history.getByRole("button", { name: /^Edit the attempt of 3 Dec 2026, DVA-C03, 62 %/ }),
    ).toBeFocused();
    await expect(logForm(page)).toBeVisible();

    await page.keyboard.press("Tab");
    await expect(history.getByRole("button", { name: /^Delete the attempt of 3 Dec 2026/ })).toBeFocused();
    await page.keyboard.press("Enter");
    // The question takes focus on its safe answer; Escape closes it and returns to "Delete".
    await expect(history.getByRole("button", { name: "Keep it" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(history.getByRole("button", { name: /^Delete the attempt of 3 Dec 2026/ })).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Shift+Tab");
    await expect(history.getByRole("button", { name: "Delete attempt" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(history.getByRole("status")).toHaveText("Attempt deleted.");
    await expect(history.getByRole("listitem")).toHaveCount(0);
    await expect(history.getByText(/no practice evidence yet/)).toBeVisible();
  });

  test("works on a 390 px phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await developerCandidate(page);
    await openPractice(page);
    for (const attempt of THREE) await logPractice(page, attempt);
    const card = page.getByRole("region", { name: "Practice exams: Developer" });
    await expect(card.getByRole("img", { name: /practice/ })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await card.getByRole("img", { name: /practice/ }).boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(390);
    expect(box?.width ?? 0).toBeGreaterThan(250);
  });

  test("shows a loading state while the page loads, then the page", async ({ page }) => {
    // Hold the page's data back (its RSC request) so the loading state stays on screen. The router's
    // prefetch of the header's link (which carries the loading state) is let through and settles first.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === "/practice",
      async (route) => {
        const headers = route.request().headers();
        if (headers["rsc"] && !headers["next-router-prefetch"]) await held;
        await route.continue();
      },
    );
    await developerCandidate(page);
    await waitForHydration(page);
    await page.waitForLoadState("networkidle");
    // Pointing at the link prefetches it again if the first prefetch did not complete.
    const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practice" });
    await link.hover();
    await page.waitForLoadState("networkidle");
    await link.click();

    const loading = page.getByRole("status").filter({ hasText: "Loading your practice log…" });
    await expect(loading).toBeAttached();
    await expect(page.locator('[aria-busy="true"]')).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Practice exams" })).toHaveCount(0);
    release();
    await expect(page.getByRole("heading", { level: 1, name: "Practice exams" })).toBeVisible();
    await expect(loading).toHaveCount(0);
  });
});
