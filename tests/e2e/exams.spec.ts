import AxeBuilder from "@axe-core/playwright";

import { certifications } from "@/lib/curriculum";

import { expect, test } from "./fixtures";

const TOPICS = [
  "The exams",
  "What the exam emphasises",
  "Core services",
  "Skills you need",
  "Where it goes deep",
  "Typical questions",
  "What people find hard",
  "How much coding",
  "Typical job titles",
  "Career path",
  "Pay",
];

test("the comparison page lays out every fact of both exams in one table", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Compare the two exams" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Solutions Architect vs Developer – Associate" }),
  ).toBeVisible();
  const table = page.getByRole("table", { name: /side by side/ });
  for (const topic of TOPICS) {
    await expect(table.getByRole("rowheader", { name: new RegExp(`^${topic}`) })).toBeVisible();
  }
  await expect(
    table.getByRole("columnheader", { name: "Solutions Architect – Associate (SAA-C03)" }),
  ).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Developer – Associate (DVA-C03)" })).toBeVisible();
  for (const cert of [certifications.architect, certifications.developer]) {
    await expect(page.getByText(cert.careerLadder.at(-1)!, { exact: true })).toBeVisible();
    await expect(page.getByText(cert.focusAreas[0]!, { exact: true })).toBeVisible();
    await expect(page.getByText(cert.salaryNotes[0]!).first()).toBeVisible();
  }
  for (const heading of ["Taking both", "Which is harder?", "Where the associate level sits"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  }
  for (const level of ["Foundational", "Associate", "Professional", "Specialty"]) {
    await expect(page.getByRole("heading", { level: 3, name: level, exact: true })).toBeVisible();
  }
  // The article's skills comparison, without answering the guide first.
  const skills = page.getByRole("table", { name: /Skills comparison/ });
  await expect(skills.locator("tbody tr")).toHaveCount(7);
  await expect(skills.getByRole("rowheader", { name: "DevOps Tools" })).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
});

test("the exam headers stay in view while the table scrolls on a desktop", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/exams");
  const header = page.getByRole("columnheader", { name: "Developer – Associate (DVA-C03)" });
  await page.getByRole("rowheader", { name: /^Pay/ }).scrollIntoViewIfNeeded();
  await expect(header).toBeInViewport();
});

test("on a phone the table stacks and every cell says which exam it is about", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/exams");
  const row = page.getByRole("row", { name: /^Core services/ });
  await expect(row.getByText("Solutions Architect", { exact: true })).toBeVisible();
  await expect(row.getByText("Developer", { exact: true })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});
