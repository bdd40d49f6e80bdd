import { describe, expect, it } from "vitest";

import {
  changeEmailMail,
  emailChangedMail,
  existingAccountMail,
  passwordResetMail,
  verifyEmailMail,
} from "@/lib/email/messages";

const LINK = "https://planner.example/reset-password?token=abc_DEF-123";

describe("the mails", () => {
  it("a reset mail names the app, carries the link in text and HTML, and says how long it works", () => {
    const mail = passwordResetMail("sam@example.com", LINK, 30);
    expect(mail.to).toBe("sam@example.com");
    expect(mail.subject).toBe("Reset your password · AWS Study Planner");
    expect(mail.text).toContain(`Choose a new password:\n${LINK}`);
    expect(mail.text).toContain("works once, for 30 minutes");
    expect(mail.html).toContain(`href="${LINK}"`);
    expect(mail.html).toContain("AWS Study Planner");
    expect(mail.html.startsWith("<!doctype html>")).toBe(true);
  });

  it("escapes what it puts into HTML", () => {
    const mail = verifyEmailMail(
      `o'neil&co@example.com`,
      "https://x.example/verify-email?token=a&next=%2Fplan",
      24,
    );
    expect(mail.html).toContain("o&#39;neil&amp;co@example.com");
    expect(mail.html).toContain('href="https://x.example/verify-email?token=a&amp;next=%2Fplan"');
    expect(mail.html).not.toContain("o'neil&co");
    expect(mail.text).toContain("o'neil&co@example.com");
  });

  it("tells the owner of a taken address how to get in, without creating anything", () => {
    const mail = existingAccountMail(
      "sam@example.com",
      "https://p.example/signin",
      "https://p.example/forgot-password",
    );
    expect(mail.subject).toBe("You already have an account · AWS Study Planner");
    expect(mail.text).toContain("https://p.example/signin");
    expect(mail.text).toContain("https://p.example/forgot-password");
  });

  it("confirms a new address at the new address, and tells the old one with the new one masked", () => {
    expect(changeEmailMail("new@example.com", LINK, 24).text).toContain("works for 24 hours");
    const notice = emailChangedMail("old@example.com", "newperson@example.com");
    expect(notice.to).toBe("old@example.com");
    expect(notice.text).toContain("n***n@example.com");
    expect(notice.text).not.toContain("newperson@example.com");
    expect(emailChangedMail("old@example.com", "ab@example.com").text).toContain("a***@example.com");
  });
});
