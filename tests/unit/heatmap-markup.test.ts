import { describe, expect, it } from "vitest";

import { escapeHtml, gridMarkup } from "@/app/_components/dashboard/heatmap-widget";
import type { HeatmapWeek } from "@/lib/progress/heatmap";

// Two weeks, Monday 1 March 2027 to Sunday 14 March; today is Wednesday 10 March.
function weeks(): HeatmapWeek[] {
  const days = Array.from({ length: 14 }, (_, i) => {
    const date = `2027-03-${String(i + 1).padStart(2, "0")}`;
    const count = i === 0 ? 3 : i === 9 ? 1 : 0;
    return { date, count, level: count === 0 ? 0 : count >= 3 ? 2 : 1, future: i > 9 } as const;
  });
  return [days.slice(0, 7), days.slice(7)];
}

describe("the heatmap grid's markup", () => {
  it("has one labelled image per day, the month over the first week, and the classes of each level", () => {
    const html = gridMarkup(weeks(), "2027-03-10");
    const cells = [...html.matchAll(/<span role="img" aria-label="([^"]*)" class="([^"]*)"><\/span>/g)];
    expect(cells).toHaveLength(14);
    expect(cells[0]![1]).toBe("3 items done on Mon 1 Mar 2027");
    expect(cells[0]![2]).toBe("hm-day hm-2");
    expect(cells[1]![1]).toBe("No items done on Tue 2 Mar 2027");
    expect(cells[9]![1]).toBe("1 item done on Wed 10 Mar 2027 (today)");
    expect(cells[9]![2]).toBe("hm-day hm-1 hm-today");
    expect(cells[10]![1]).toBe("Thu 11 Mar 2027: still to come");
    expect(cells[10]![2]).toBe("hm-day hm-future");
    expect([...html.matchAll(/class="hm-month">([^<]*)</g)].map((m) => m[1])).toEqual(["Mar", ""]);
    expect(html.match(/aria-hidden="true"/g)).toHaveLength(1 + 7 + 2);
  });

  it("escapes what it writes into attributes and text", () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
    );
  });
});
