import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { SERVER_NODE_FLAGS } from "../../scripts/lib/server.mjs";

// ADR 040: the production server runs with a larger young generation wherever it starts: `npm start`,
// the Docker image, and the scripts (benchmark, screenshots) that measure it.
describe("the production server's Node flags", () => {
  const flag = "--max-semi-space-size=32";

  it("are the same for npm start, the Docker image and the benchmark", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(`node ${flag} node_modules/next/dist/bin/next start`);
    expect(readFileSync("Dockerfile", "utf8")).toContain(`CMD ["node", "${flag}", "server.js"]`);
    expect(SERVER_NODE_FLAGS).toEqual([flag]);
  });
});
