import { describe, expect, it } from "vitest";

import { makeDomain, makeItem, statusMap } from "../progress/test-fixtures";

import { firstReviewCard } from "./fsrs";
import { expectedRecall } from "./recall";

// A card ticked on 30 Nov 2026 has retrievability 0.88094796 three days later and
// 0.65846069 after 33 days (fsrs.test.ts); on the day of the tick it is 1.
const ticked = firstReviewCard(new Date("2026-11-30T09:00:00Z"), "UTC", 90);

describe("expectedRecall", () => {
  const domains = [makeDomain("d1", 30), makeDomain("d2", 70)];
  const items = [
    makeItem("a", { domains: ["d1"] }),
    makeItem("b", { domains: ["d1"] }),
    makeItem("c", { domains: ["d2"] }),
    makeItem("d", { domains: ["d2"] }),
  ];
  const cards = new Map([
    ["a", ticked],
    ["c", ticked],
  ]);

  it("weights each done item's recall on exam day like readiness weights a tick", () => {
    const statuses = statusMap({ a: "done", b: "skipped", c: "done" });
    const r = expectedRecall(items, statuses, domains, cards, "2027-01-02", "UTC");
    // 30 × 0.65846069 / 2 + 70 × 0.65846069 / 2 = 32.92… → 33 %
    expect(r.share).toBeCloseTo(0.329230345, 8);
    expect(r.percent).toBe(33);
    expect(r.cards).toBe(2);
    expect(r.day).toBe("2027-01-02");
  });

  it("equals readiness on the day of the ticks and falls after", () => {
    const statuses = statusMap({ a: "done", c: "done" });
    expect(expectedRecall(items, statuses, domains, cards, "2026-11-30", "UTC").percent).toBe(50);
    expect(expectedRecall(items, statuses, domains, cards, "2026-12-03", "UTC").share).toBeCloseTo(
      0.44047398,
      8,
    );
  });

  it("counts undone items, and done items without a card, as nothing", () => {
    expect(expectedRecall(items, statusMap({}), domains, cards, "2027-01-02", "UTC")).toMatchObject({
      percent: 0,
      share: 0,
      cards: 0,
    });
    const noCard = expectedRecall(items, statusMap({ b: "done" }), domains, cards, "2026-11-30", "UTC");
    expect(noCard.percent).toBe(0);
  });

  it("is 100 only when everything is done and certain", () => {
    const all = new Map(items.map((item) => [item.id, ticked]));
    const statuses = statusMap({ a: "done", b: "done", c: "done", d: "done" });
    expect(expectedRecall(items, statuses, domains, all, "2026-11-30", "UTC").percent).toBe(100);
    expect(expectedRecall(items, statuses, domains, all, "2026-12-01", "UTC").percent).toBeLessThan(100);
  });
});
