import { itemsForCert } from "@/lib/curriculum";

import { expect, test } from "./fixtures";
import { signUpViaUi, waitForHydration } from "./helpers";

const first = itemsForCert("architect")[0]!;

test.beforeEach(async ({ page }) => {
  await signUpViaUi(page);
  await page.getByRole("checkbox", { name: /Solutions Architect/ }).check();
  await page.getByRole("button", { name: "Save my plan" }).click();
  await expect(page).toHaveURL(/\/plan\/architect/);
  await waitForHydration(page);
  const saved = page.waitForResponse(
    (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
  );
  await page.getByRole("checkbox", { name: first.title, exact: true }).check();
  await saved;
});

test("the share link works signed out and dies when revoked", async ({ page, browser }) => {
  await page.goto("/account");
  await page.getByRole("button", { name: "Create a public progress link" }).click();
  const link = page.getByRole("link", { name: /\/u\// });
  await expect(link).toBeVisible();
  const url = (await link.getAttribute("href"))!;

  const visitor = await browser.newContext();
  const shared = await visitor.newPage();
  await shared.goto(url);
  await expect(shared.getByRole("heading", { name: "Study progress", level: 1 })).toBeVisible();
  await expect(shared.getByText("1 item done so far")).toBeVisible();
  await expect(shared.getByRole("progressbar", { name: /Solutions Architect/ }).first()).toBeVisible();
  await expect(shared.getByRole("link", { name: /Account/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Turn off sharing" }).click();
  await expect(page.getByRole("button", { name: "Create a public progress link" })).toBeVisible();
  const gone = await shared.goto(url);
  expect(gone?.status()).toBe(404);
  await visitor.close();
});

test("CSV export downloads one row per item with the status", async ({ page }) => {
  await page.goto("/account");
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export progress as CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^aws-study-planner-progress-\d{4}-\d{2}-\d{2}\.csv$/);
  const chunks = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe(
    '"Item id","Exams","Exam versions","Section","Title","Status","Started","Updated","Note"',
  );
  // One row per item of the plan's exam version (an architect plan: SAA-C03 items only).
  expect(lines.length).toBeGreaterThan(60);
  for (const line of lines.slice(1)) expect(line.split('","')[2]).toBe("SAA-C03");
  expect(lines.find((l) => l.startsWith(`"${first.id}"`))).toContain('"done"');
});

test("reset asks which exam, names it, and sets its items back to to do", async ({ page }) => {
  await page.goto("/account");
  await page.getByLabel("Exam to reset").selectOption("architect");
  await page.getByLabel(/Keep the \d+ items that also count/).uncheck();
  await page.getByRole("button", { name: "Reset progress…" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("AWS Certified Solutions Architect – Associate");
  await page.getByRole("button", { name: /^Reset AWS Certified Solutions Architect/ }).click();
  await expect(page.getByText("1 item set back to to do.")).toBeVisible();
  await page.goto("/plan/architect");
  await expect(page.getByRole("checkbox", { name: first.title, exact: true })).not.toBeChecked();
});
