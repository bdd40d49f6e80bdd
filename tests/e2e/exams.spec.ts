import AxeBuilder from "@axe-core/playwright";

import { certifications, skillAreas } from "@/lib/curriculum";

import { expect, test } from "./fixtures";

test("the comparison page lays out every fact of both exams side by side", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Compare the two exams" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Solutions Architect vs Developer – Associate" }),
  ).toBeVisible();
  for (const heading of [
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
    "Taking both",
    "Which is harder?",
    "Where the associate level sits",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  }
  for (const cert of [certifications.architect, certifications.developer]) {
    await expect(page.getByText(cert.careerLadder.at(-1)!, { exact: true })).toBeVisible();
    await expect(page.getByText(cert.focusAreas[0]!, { exact: true })).toBeVisible();
    await expect(page.getByText(cert.salaryNotes[0]!).first()).toBeVisible();
  }
  for (const level of ["Foundational", "Associate", "Professional", "Specialty"]) {
    await expect(page.getByRole("heading", { level: 3, name: level, exact: true })).toBeVisible();
  }
  expect(skillAreas).toHaveLength(7);
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
});
