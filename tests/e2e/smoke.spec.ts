import { expect, test } from "./fixtures";

test("the landing page says what the app does and leads to the guide", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/plan you can see/);
  await expect(
    page.getByRole("heading", { name: /Solutions Architect – Associate \(SAA-C03\)/ }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: /Developer – Associate \(DVA-C03\)/ })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Step 4" })).toBeVisible();
  await page.getByRole("link", { name: "Which certification should I choose?" }).click();
  await expect(page).toHaveURL(/\/choose$/);
});

test("the health check reports the database up", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  expect(await res.json()).toEqual({ status: "up" });
});

test.describe("a missing page", () => {
  // The browser itself logs the 404 status of the document.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("gets the not-found page", async ({ page }) => {
    const res = await page.goto("/no-such-page");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
