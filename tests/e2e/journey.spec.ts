import { itemsForCert } from "@/lib/curriculum";

import { expect, test } from "./fixtures";
import { chooseStatus, finishSignUp, PASSWORD, statusButton, uniqueEmail, waitForHydration } from "./helpers";

// The whole first visit: guide → recommendation → sign up → onboarding → plan.
const bothExams: [RegExp, string][] = [
  [/Which part of the work do you enjoy most/, "I enjoy design and code about equally"],
  [/Which best describes your background/, "I'm new to IT"],
  [/What takes up most of your working week/, "Studying, or working outside tech"],
  [/Which role would you most like to have/, "I'm not sure yet"],
  [
    /Which would you rather spend an afternoon on/,
    "Planning an architecture: what could fail, how it scales, what it costs",
  ],
  [/How often do you build or connect to APIs/, "Now and then"],
  [/How much code do you write/, "Scripts and automation now and then"],
  [/planning to earn both/, "Yes, I want both"],
];

test("a newcomer follows the guide's advice into a saved plan", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Which certification should I choose?" }).click();
  for (const [question, label] of bothExams) {
    await page
      .getByRole("group", { name: question })
      .getByRole("radio", { name: label, exact: true })
      .check();
  }
  await page.getByRole("button", { name: "See my recommendation" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Our recommendation:/ })).toContainText(/both/i);

  await page.getByRole("link", { name: "Start this plan" }).first().click();
  await expect(page).toHaveURL(/\/signup\?callbackUrl=/);
  const email = uniqueEmail("journey");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await finishSignUp(page, email);

  // Onboarding arrives pre-filled with the guide's answer: both, architect first.
  await expect(page).toHaveURL(/\/onboarding\?certs=architect,developer/);
  await expect(page.getByText("Pre-selected from your answers in the guide.")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Solutions Architect/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Developer – Associate/ })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Solutions Architect first" })).toBeChecked();
  await page.getByRole("button", { name: "Save my plan" }).click();
  await expect(page).toHaveURL(/\/plan\/architect/);
  await waitForHydration(page);

  const [a, b, c, d, e] = itemsForCert("architect").map((i) => i.title);
  for (const title of [a!, b!, c!]) {
    const saved = page.waitForResponse(
      (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
    );
    await page.getByRole("checkbox", { name: title, exact: true }).check();
    await saved;
  }
  await chooseStatus(page, d!, "In progress");
  await page.getByRole("button", { name: `Details for ${e!}` }).click();
  await page.getByLabel("Note: where I left off").fill("Stopped at the shared responsibility model.");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  await page.reload();
  for (const title of [a!, b!, c!])
    await expect(page.getByRole("checkbox", { name: title, exact: true })).toBeChecked();
  await expect(statusButton(page, d!)).toHaveAccessibleName(`Status of ${d!}: In progress`);
  await page.getByRole("button", { name: `Details for ${e!}` }).click();
  await expect(page.getByLabel("Note: where I left off")).toHaveValue(
    "Stopped at the shared responsibility model.",
  );

  // The shared items count for the developer plan too.
  await page.goto("/dashboard");
  await expect(page.getByRole("progressbar", { name: /Developer – Associate progress/ })).not.toHaveAttribute(
    "aria-valuenow",
    "0",
  );
});
