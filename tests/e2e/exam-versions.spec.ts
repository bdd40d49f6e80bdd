import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { openSection, pinTime, signUpViaUi } from "./helpers";

const C03_DOMAINS = [
  ["Development with AWS Services", "30%"],
  ["Security", "26%"],
  ["Testing and Deployment", "22%"],
  ["Troubleshooting and Optimization", "22%"],
] as const;
const TICKED = "Authentication with Amazon Cognito";
const NEW_AI_ITEM = "Filtering model input and output, prompt injection included";

async function openPlan(page: Page) {
  await page.goto("/plan/developer");
  await expect(page.locator("[data-hydrated]")).toBeAttached();
}

/** Signs up and saves a Developer plan, optionally with an exam date; ends on the plan. */
async function enrolInDeveloper(page: Page, examDate?: string) {
  await signUpViaUi(page);
  await page.getByRole("checkbox", { name: /Developer – Associate/ }).check();
  if (examDate) await page.getByLabel(/DVA-C0\d exam date \(optional\)/).fill(examDate);
  await page.getByRole("button", { name: "Save my plan" }).click();
  await expect(page).toHaveURL(/\/plan\/developer/);
  await expect(page.locator("[data-hydrated]")).toBeAttached();
}

test("/exams shows DVA-C03, its renamed domain and DVA-C02 as retired", async ({ page }) => {
  await page.goto("/exams");
  await expect(page.getByText("DVA-C03").first()).toBeVisible();
  await expect(page.getByText("Testing and Deployment: 22%")).toBeVisible();
  await expect(page.getByText(/retired after its last exam day, 30 Nov 2026/)).toBeVisible();
  const changes = page.getByRole("region", { name: "What changed in DVA-C03" });
  await expect(
    changes.getByRole("row", { name: /Testing and Deployment \(was “Deployment”\) 24% 22%/ }),
  ).toBeVisible();
  await expect(changes.getByText(/New task 2\.3/)).toBeVisible();
});

test("onboarding names the exam version the chosen date falls in", async ({ page }) => {
  await pinTime(page, "2026-11-20T12:00:00Z");
  await signUpViaUi(page);
  await page.getByRole("checkbox", { name: /Developer – Associate/ }).check();
  await expect(page.getByLabel("DVA-C02 exam date (optional)")).toBeVisible();
  await page.getByLabel("DVA-C02 exam date (optional)").fill("2026-11-30");
  await expect(page.getByLabel("DVA-C02 exam date (optional)")).toHaveValue("2026-11-30");
  await page.getByLabel("DVA-C02 exam date (optional)").fill("2026-12-01");
  await expect(page.getByLabel("DVA-C03 exam date (optional)")).toHaveValue("2026-12-01");
  await expect(page.getByLabel("Study hours per week for DVA-C03 (optional)")).toBeVisible();
});

test("without an exam date the plan follows the version in use that day", async ({ page }) => {
  await pinTime(page, "2026-11-30T22:00:00Z");
  await enrolInDeveloper(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("DVA-C02");
  await expect(page.getByText(/DVA-C02 is being retired: its last exam day is/)).toBeVisible();
  await openSection(page, "Step 2:");
  await expect(page.getByRole("checkbox", { name: TICKED, exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: NEW_AI_ITEM })).toHaveCount(0);

  await pinTime(page, "2026-12-01T08:00:00Z");
  await openPlan(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("DVA-C03");
  await openSection(page, "Step 2:");
  await expect(page.getByRole("checkbox", { name: NEW_AI_ITEM })).not.toBeChecked();
});

test("a candidate who enrolled before the cut-over keeps every tick and learns what changed, once", async ({
  page,
}) => {
  await pinTime(page, "2026-11-20T12:00:00Z");
  await enrolInDeveloper(page, "2027-02-15");
  await openSection(page, "Step 2:");
  const ticked = page.waitForResponse(
    (response) => response.request().method() === "POST" && !!response.request().headers()["next-action"],
  );
  await page.getByRole("checkbox", { name: TICKED, exact: true }).check();
  expect((await ticked).ok()).toBe(true);
  await expect(page.getByRole("checkbox", { name: TICKED, exact: true })).toBeChecked();

  await pinTime(page, "2026-12-02T09:00:00Z");
  await openPlan(page);
  // The heading area names the version; the exam section lists its four domains with their weights.
  await expect(page.getByText("Study plan · DVA-C03")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("DVA-C03");
  const exam = page.getByRole("region", { name: "The DVA-C03 exam" });
  for (const [title, weight] of C03_DOMAINS) {
    await expect(exam.getByText(new RegExp(`^Domain \\d: ${title}$`))).toBeVisible();
    await expect(exam.locator("summary", { hasText: title })).toContainText(weight);
  }
  await openSection(page, "Step 2:");
  await expect(page.getByRole("checkbox", { name: TICKED, exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: NEW_AI_ITEM })).not.toBeChecked();

  const notice = page.getByRole("region", { name: "Your plan now follows DVA-C03" });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText("Everything you ticked and every note is kept");
  await notice.getByRole("link", { name: "What changed in DVA-C03" }).click();
  await expect(page).toHaveURL(/#what-changed$/);
  await expect(page.getByRole("region", { name: "What changed in DVA-C03" })).toBeInViewport();

  await page.goto("/dashboard");
  const card = page.getByRole("region", { name: "AWS Certified Developer – Associate" });
  await expect(card.getByText("DVA-C03", { exact: false }).first()).toBeVisible();
  for (const [title] of C03_DOMAINS) {
    await expect(card.getByRole("progressbar", { name: new RegExp(`^Domain \\d: ${title}$`) })).toBeVisible();
  }
  const dashboardNotice = page.getByRole("region", { name: "Your plan now follows DVA-C03" });
  await expect(dashboardNotice).toHaveCount(1);
  // The notice hides at once; reload only after the dismissal reached the server, or the reload can read first.
  const dismissed = page.waitForResponse(
    (response) => response.request().method() === "POST" && !!response.request().headers()["next-action"],
  );
  await dashboardNotice.getByRole("button", { name: /Dismiss/ }).click();
  await expect(dashboardNotice).toHaveCount(0);
  expect((await dismissed).ok()).toBe(true);
  await page.reload();
  await expect(page.getByRole("region", { name: "AWS Certified Developer – Associate" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Your plan now follows DVA-C03" })).toHaveCount(0);
  await openPlan(page);
  await expect(page.getByRole("region", { name: "Your plan now follows DVA-C03" })).toHaveCount(0);
});
