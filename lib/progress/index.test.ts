import { describe, expect, it } from "vitest";
import * as progress from "./index";

describe("index", () => {
  it("re-exports the public API", () => {
    for (const name of [
      "stepProgress",
      "examProgress",
      "itemsOfStep",
      "itemsOfCert",
      "readiness",
      "nextUp",
      "dayKey",
      "streaks",
      "heatmap",
      "heatmapLegend",
      "heatmapLevel",
      "pace",
      "overlap",
      "skillsCoverage",
      "levelToPercent",
      "recentActivity",
      "statusOf",
      "displayPercent",
      "safeTimeZone",
    ]) {
      expect(progress, name).toHaveProperty(name);
    }
  });
});
