import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

import ErrorPage from "@/app/error";
import PracticeError from "@/app/(app)/practice/error";
import ReviewError from "@/app/(app)/review/error";
import ScheduleError from "@/app/(app)/schedule/error";

const props = { error: Object.assign(new Error("connect ECONNREFUSED"), { digest: "123" }), reset: () => {} };

function text(html: string): string {
  return html
    .replaceAll("<!-- -->", "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

describe("the error pages", () => {
  it.each([
    [
      ReviewError,
      "Review We could not load your reviews. Your cards and ratings are safe; try again in a moment.",
    ],
    [ScheduleError, "Schedule We could not load your schedule just now. Your progress and plan are safe."],
    [PracticeError, "We could not load your practice log Your logged attempts are safe."],
  ])("say what failed, that nothing is lost, and offer a retry and the dashboard", (Page, expected) => {
    const html = renderToString(createElement(Page, props));
    expect(html).toContain('role="alert"');
    expect(text(html)).toContain(expected);
    expect(text(html)).toMatch(/Try again Go to the dashboard$/);
    expect(html).toContain('href="/dashboard"');
    // The error's own message is for the console, not the page.
    expect(html).not.toContain("ECONNREFUSED");
  });

  it("the root one has no dashboard link (the visitor may be signed out)", () => {
    const html = renderToString(createElement(ErrorPage, props));
    expect(text(html)).toBe(
      "Something went wrong We could not load this page. Your saved progress is safe. Try again in a moment. Try again",
    );
  });
});
