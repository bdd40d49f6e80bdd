import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { ProgressBar } from "@/app/_components/progress-bar";

describe("ProgressBar", () => {
  it("is a labelled progressbar with a rounded, clamped value", () => {
    const html = renderToStaticMarkup(
      createElement(ProgressBar, {
        label: "SAA-C03 progress",
        percent: 41.6,
        valueText: "42%: 5 of 12 done",
      }),
    );
    expect(html).toBe(
      '<span role="progressbar" aria-label="SAA-C03 progress" aria-valuemin="0" aria-valuemax="100" aria-valuenow="42" aria-valuetext="42%: 5 of 12 done" class="pbar h-3" style="--pbar:42%"></span>',
    );
    const over = renderToStaticMarkup(
      createElement(ProgressBar, { label: "x", percent: 140, valueText: "x" }),
    );
    expect(over).toContain('aria-valuenow="100"');
    const under = renderToStaticMarkup(
      createElement(ProgressBar, { label: "x", percent: -3, valueText: "x" }),
    );
    expect(under).toContain('aria-valuenow="0"');
  });

  it("drawn beside a written figure, is hidden from assistive technology and carries no value", () => {
    const html = renderToStaticMarkup(
      createElement(ProgressBar, {
        decorative: true,
        percent: 30,
        size: "sm",
        tone: "slate",
        className: "hidden w-24 sm:block",
      }),
    );
    expect(html).toBe(
      '<span aria-hidden="true" class="pbar h-2 pbar-slate hidden w-24 sm:block" style="--pbar:30%"></span>',
    );
  });
});
