import { expect, test } from "./fixtures";
import { PASSWORD, signInViaUi, signUpViaUi, uniqueEmail } from "./helpers";

test("sign up, sign out and sign in again", async ({ page }) => {
  const { email } = await signUpViaUi(page);
  await expect(page.getByRole("link", { name: `Account: ${email}` })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await signInViaUi(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
});

test("a wrong password gets one message that reveals nothing", async ({ page }) => {
  const { email } = await signUpViaUi(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await signInViaUi(page, email, "not my password at all");
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  await signInViaUi(page, uniqueEmail("nobody"), PASSWORD);
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
});

test("sign-up errors sit under their field and are linked to it", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(uniqueEmail("weak"));
  await page.getByLabel("Password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  const password = page.getByLabel("Password");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/most common ones/);
});

test("a duplicate email is told to sign in instead", async ({ page, browser }) => {
  const { email } = await signUpViaUi(page);
  const other = await browser.newPage();
  await other.goto("/signup");
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill(PASSWORD);
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other.getByLabel("Email")).toHaveAccessibleDescription(/already exists/);
  await other.close();
});

for (const path of ["/dashboard", "/account", "/onboarding", "/plan/architect"]) {
  test(`an anonymous visit to ${path} goes to sign-in and comes back`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(path)}`);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });
}

test("sign-in returns to the page that asked for it", async ({ page }) => {
  const { email } = await signUpViaUi(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/account");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test("a server action replayed without cookies is refused and changes nothing", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signUpViaUi(page);
  await page.getByRole("checkbox", { name: /Solutions Architect/ }).check();
  // Capture the real action POST the browser sends when the plan is saved.
  const requestPromise = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByRole("button", { name: "Save my plan" }).click();
  const original = await requestPromise;
  await expect(page).toHaveURL(/\/plan\/architect/);

  const anonymous = await playwright.request.newContext({ baseURL });
  const headers = { ...original.headers() };
  delete headers.cookie;
  const replay = await anonymous.post(original.url(), { headers, data: original.postDataBuffer() ?? "" });
  expect(replay.status()).toBeLessThan(500);
  const body = await replay.text();
  expect(body).toContain("Your session has ended");
  await anonymous.dispose();
});

test.describe("security headers", () => {
  for (const path of ["/", "/signin", "/dashboard"]) {
    test(`are set on ${path}`, async ({ page }) => {
      if (path === "/dashboard") await signUpViaUi(page);
      const res = await page.goto(path);
      const h = res!.headers();
      const csp = h["content-security-policy"] ?? "";
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["x-frame-options"]).toBe("DENY");
      // The page's own scripts carry this response's nonce.
      const nonce = csp.match(/'nonce-([^']+)'/)![1]!;
      const scriptNonces = await page
        .locator("script[nonce]")
        .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
      expect(scriptNonces.length).toBeGreaterThan(0);
      expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
    });
  }
});

test.describe("the account page", () => {
  test("changes the password, exports data and deletes the account", async ({ page }) => {
    const { email } = await signUpViaUi(page);
    await page.goto("/account");

    await page.getByLabel("Current password").fill(PASSWORD);
    await page.getByLabel("New password").fill("an entirely new passphrase 7");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Password changed. Every other device has been signed out.")).toBeVisible();

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export my data" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^aws-study-planner-account-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(
      await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
    );
    expect(exported.user.email).toBe(email);

    await page.getByLabel("Type your email to confirm").fill("wrong@example.com");
    await page.getByRole("button", { name: "Delete account" }).click();
    await expect(page.getByLabel("Type your email to confirm")).toHaveAccessibleDescription(
      /Type .* exactly to confirm/,
    );
    await page.getByLabel("Type your email to confirm").fill(email);
    await page.getByRole("button", { name: "Delete account" }).click();
    await expect(page).toHaveURL(/accountDeleted=1/);
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

    await signInViaUi(page, email, "an entirely new passphrase 7");
    await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  });
});

test.describe("without JavaScript (a click before hydration)", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-up form posts, never GETs, and still works", async ({ page }) => {
    await page.goto("/signup");
    await expect(page.locator("form").first()).toHaveAttribute("method", "POST");
    const email = uniqueEmail("nojs");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().includes("/signup") && r.method() === "POST"),
      page.getByRole("button", { name: "Create account" }).click(),
    ]);
    expect(request.url()).not.toContain("Password");
    expect(request.url()).not.toContain(encodeURIComponent(PASSWORD));
    await expect(page).toHaveURL(/\/onboarding/);
  });
});
