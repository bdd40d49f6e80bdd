import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";

/** Question (part of its legend) → the answer to pick, by its visible label. */
type Profile = [question: RegExp, answer: string][];

const backendDeveloper: Profile = [
  [/Which part of the work do you enjoy most/, "Writing the code that makes an application work"],
  [/Which best describes your background/, "Software, backend or full-stack development"],
  [/What takes up most of your working week/, "Building and maintaining applications"],
  [/Which role would you most like to have/, "Cloud-native or serverless developer"],
  [/Which would you rather spend an afternoon on/, "Writing, testing and shipping a new feature"],
  [/How often do you build or connect to APIs/, "Most days"],
  [/How much code do you write/, "Code is most of my job"],
  [/planning to earn both/, "No, one is enough for now"],
];

const infrastructureEngineer: Profile = [
  [/Which part of the work do you enjoy most/, "Designing how a whole system fits together"],
  [/Which best describes your background/, "Systems administration, IT infrastructure or DevOps"],
  [/What takes up most of your working week/, "Keeping servers, networks or cloud accounts running"],
  [/Which role would you most like to have/, "Cloud or solutions architect"],
  [
    /Which would you rather spend an afternoon on/,
    "Planning an architecture: what could fail, how it scales, what it costs",
  ],
  [/How often do you build or connect to APIs/, "Rarely or never"],
  [/How much code do you write/, "Little or none"],
  [/planning to earn both/, "No, one is enough for now"],
];

function answer(page: Page, question: RegExp, label: string) {
  return page.getByRole("group", { name: question }).getByRole("radio", { name: label, exact: true });
}

async function answerByClickingLabels(page: Page, profile: Profile) {
  for (const [question, label] of profile) {
    // Click the visible label text, as a person would, not the small radio itself.
    await page.getByRole("group", { name: question }).locator("label").filter({ hasText: label }).click();
    await expect(answer(page, question, label)).toBeChecked();
  }
}

const recommendation = (page: Page) => page.getByRole("heading", { level: 2, name: /^Our recommendation:/ });

test("a backend developer is pointed to the Developer exam, with the why and the details", async ({
  page,
}) => {
  await page.goto("/choose");
  await expect(
    page.getByRole("heading", { level: 1, name: "Which AWS certification should I choose?" }),
  ).toBeVisible();
  await expect(recommendation(page)).toHaveCount(0);

  await answerByClickingLabels(page, backendDeveloper);
  await page.getByRole("button", { name: "See my recommendation" }).click();

  await expect(recommendation(page)).toContainText("Developer");
  await expect(recommendation(page)).not.toContainText("Solutions Architect");
  await expect(page).toHaveURL(/enjoy=code/);

  await expect(page.getByRole("heading", { name: "Why we suggest this" })).toBeVisible();
  await expect(
    page.getByText("You enjoy writing code, and the developer exam is built around it."),
  ).toBeVisible();

  const table = page.getByRole("table", { name: /Skills comparison/ });
  await expect(table.locator("tbody tr")).toHaveCount(7);
  await expect(table.getByRole("columnheader", { name: /Solutions Architect/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /Developer/ })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "API Development" })).toBeVisible();

  await expect(page.getByText("Cloud Developer", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("DVA-C03").first()).toBeVisible();
  await expect(page.getByText(/DVA-C02 was retired after 30 Nov 2026/)).toBeVisible();

  const start = page.getByRole("link", { name: "Start this plan" });
  await expect(start).toHaveAttribute("href", /\/signup/);
  await expect(start).toHaveAttribute("href", /developer/);
});

test("someone from infrastructure is pointed to the Solutions Architect exam", async ({ page }) => {
  await page.goto("/choose");
  await answerByClickingLabels(page, infrastructureEngineer);
  await page.getByRole("button", { name: "See my recommendation" }).click();

  await expect(recommendation(page)).toContainText("Architect");
  const start = page.getByRole("link", { name: "Start this plan" });
  await expect(start).toHaveAttribute("href", /\/signup.*architect/);
  await expect(start).not.toHaveAttribute("href", /developer/);
});

test("the answers survive a reload, so a result can be shared", async ({ page }) => {
  await page.goto("/choose");
  await answerByClickingLabels(page, backendDeveloper);
  await page.getByRole("button", { name: "See my recommendation" }).click();
  await expect(recommendation(page)).toContainText("Developer");

  await page.reload();
  await expect(recommendation(page)).toContainText("Developer");
  for (const [question, label] of backendDeveloper) {
    await expect(answer(page, question, label)).toBeChecked();
  }
});

test("the guide works with the keyboard alone", async ({ page }) => {
  await page.goto("/choose");
  const firstAnswer = page.getByRole("radio", { name: "Designing how a whole system fits together" });
  for (let i = 0; i < 40; i += 1) {
    if (await firstAnswer.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(firstAnswer).toBeFocused();

  // Each question is one radio group: Space picks the focused answer, Tab moves to the next question.
  for (let i = 0; i < backendDeveloper.length; i += 1) {
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
  }
  await expect(page.getByRole("button", { name: "See my recommendation" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(recommendation(page)).toBeVisible();
  await expect(firstAnswer).toBeChecked();
});

test("a half-answered or tampered URL asks for the missing answers instead of guessing", async ({ page }) => {
  await page.goto("/choose?enjoy=code&background=astronaut&utm_source=mail");
  await expect(recommendation(page)).toHaveCount(0);
  // Filtered: Next's route announcer is an alert too.
  const alert = page.getByRole("alert").filter({ hasText: "Answer every question" });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("link")).toHaveCount(7);
  await expect(
    page.getByRole("radio", { name: "Writing the code that makes an application work" }),
  ).toBeChecked();
});

test("a backend developer who wants both is told to start with the Developer exam, and why", async ({
  page,
}) => {
  await page.goto("/choose");
  const wantsBoth: Profile = [
    ...backendDeveloper.slice(0, -1),
    [/planning to earn both/, "Yes, I want both"],
  ];
  await answerByClickingLabels(page, wantsBoth);
  await page.getByRole("button", { name: "See my recommendation" }).click();
  await expect(recommendation(page)).toHaveText("Our recommendation: both exams, Developer first");
  await expect(
    page.getByText(/Most of your answers point to the developer exam \(17 points to 0\)/),
  ).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Taking both: the usual order, and why yours differs" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Start this plan" })).toHaveAttribute(
    "href",
    /certs%3Ddeveloper%2Carchitect/,
  );
});
