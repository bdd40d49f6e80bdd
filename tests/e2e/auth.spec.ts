import { expect, test } from "./fixtures";
import { PASSWORD, signInViaUi, signUpViaUi, uniqueEmail } from "./helpers";
import { linkTo, waitForMail } from "./mail";

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

test("a wrong password gets one message that reveals nothing, and keeps the email", async ({ page }) => {
  const { email } = await signUpViaUi(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await signInViaUi(page, email, "not my password at all");
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  await signInViaUi(page, uniqueEmail("nobody"), PASSWORD);
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
});

test("sign-up errors sit under their field and are linked to it; the email stays", async ({ page }) => {
  const email = uniqueEmail("weak");
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  const password = page.getByLabel("Password");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/most common ones/);
  await expect(page.getByLabel("Email")).toHaveValue(email);
});

test("a sign-up for a taken address gets the same answer, and its owner a mail", async ({
  page,
  browser,
}) => {
  const { email } = await signUpViaUi(page);
  const other = await browser.newPage();
  await other.goto("/signup");
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill("someone else's passphrase");
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(other.getByText(`We sent a mail to ${email}.`)).toBeVisible();
  const mail = await waitForMail(email, "You already have an account");
  expect(mail.text).toContain("/forgot-password");
  await other.close();
});

test("forgot password: the mailed link sets a new password and signs in", async ({ page }) => {
  const { email } = await signUpViaUi(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const mail = await waitForMail(email, "Reset your password");
  await page.goto(linkTo(mail, "/reset-password"));
  await page.getByLabel("New password").fill("a fresh passphrase for e2e");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("link", { name: `Account: ${email}` })).toBeVisible();

  // The link worked once.
  await page.goto(linkTo(mail, "/reset-password"));
  await expect(page.getByText("This link has expired or has already been used.")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await signInViaUi(page, email, PASSWORD);
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  await signInViaUi(page, email, "a fresh passphrase for e2e");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("an onboarding error keeps the choices", async ({ page }) => {
  await signUpViaUi(page);
  await page.getByRole("checkbox", { name: /Solutions Architect/ }).check();
  await page.getByLabel(/SAA-C03 exam date/).fill("2001-01-01");
  await page.getByLabel(/Study hours per week for SAA-C03/).fill("7");
  await page.getByRole("radio", { name: "Developer first" }).check();
  await page.getByRole("button", { name: "Save my plan" }).click();
  const date = page.getByLabel(/SAA-C03 exam date/);
  await expect(date).toHaveAccessibleDescription("Choose today or a later date.");
  await expect(date).toHaveValue("2001-01-01");
  await expect(page.getByRole("checkbox", { name: /Solutions Architect/ })).toBeChecked();
  await expect(page.getByLabel(/Study hours per week for SAA-C03/)).toHaveValue("7");
  await expect(page.getByRole("radio", { name: "Developer first" })).toBeChecked();
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

test("a prefetch gets the same security headers as any page", async ({ page }) => {
  const prefetches: Record<string, string>[] = [{ purpose: "prefetch" }, { "sec-purpose": "prefetch" }];
  for (const headers of prefetches) {
    const res = await page.request.get("/exams", { headers });
    expect(res.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(res.headers()["x-frame-options"]).toBe("DENY");
  }
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

    const passwordSection = page.getByRole("region", { name: "Change password" });
    await passwordSection.getByLabel("Current password").fill(PASSWORD);
    await passwordSection.getByLabel("New password").fill("an entirely new passphrase 7");
    await passwordSection.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Password changed. Every other device has been signed out.")).toBeVisible();

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export my data" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^aws-study-planner-account-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(
      await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
    );
    expect(exported.user.email).toBe(email);

    const deletion = page.getByRole("region", { name: "Delete account" });
    await deletion.getByLabel("Current password").fill(PASSWORD); // the old one
    await deletion.getByRole("button", { name: "Delete account" }).click();
    await expect(deletion.getByLabel("Current password")).toHaveAccessibleDescription(
      "The current password is incorrect.",
    );
    await deletion.getByLabel("Current password").fill("an entirely new passphrase 7");
    await deletion.getByRole("button", { name: "Delete account" }).click();
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
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await waitForMail(email, "Confirm your email address");
  });
});
