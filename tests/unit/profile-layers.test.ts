import { describe, expect, it } from "vitest";

import {
  LAYERS,
  layerOf,
  layerTable,
  layerTimes,
  normalizeSource,
  ourFile,
} from "../../scripts/bench/profile-layers.mjs";

const RUNTIME = "file:///app/node_modules/next/dist/compiled/next-server/app-page-turbo.runtime.prod.js";
const CHUNK = "file:///app/.next/server/chunks/ssr/lib_progress_days_ts_1n5ssy9shgzwx._.js";
const frame = (url: string, functionName = "f") => ({ url, functionName, lineNumber: 0, columnNumber: 0 });

describe("layerOf", () => {
  it("tells React's renderers apart by the file the code was written in", () => {
    expect(
      layerOf(
        frame(RUNTIME),
        "webpack://next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js",
      ),
    ).toBe(LAYERS.fizz);
    expect(
      layerOf(
        frame(RUNTIME),
        "webpack://next/dist/compiled/react-server-dom-turbopack/cjs/react-server-dom-turbopack-server.node.production.js",
      ),
    ).toBe(LAYERS.flightServer);
    expect(
      layerOf(
        frame(RUNTIME),
        "webpack://next/dist/compiled/react-server-dom-turbopack/cjs/react-server-dom-turbopack-client.node.production.js",
      ),
    ).toBe(LAYERS.flightClient);
    expect(layerOf(frame(RUNTIME), "webpack://next/dist/compiled/react/cjs/react.production.js")).toBe(
      LAYERS.react,
    );
  });

  it("puts the rest of Next's runtime, and Turbopack's, under Next.js", () => {
    expect(layerOf(frame(RUNTIME), "webpack://next/src/server/app-render/app-render.tsx")).toBe(LAYERS.next);
    expect(layerOf(frame(CHUNK), "turbopack:///[turbopack]/shared/runtime/runtime-utils.ts")).toBe(
      LAYERS.next,
    );
    expect(layerOf(frame("file:///app/node_modules/next/dist/server/base-server.js"), null)).toBe(
      LAYERS.next,
    );
  });

  it("finds our code in the chunks through the source map, and never counts .next or node_modules as ours", () => {
    expect(layerOf(frame(CHUNK), "lib/progress/days.ts")).toBe(LAYERS.ours);
    expect(layerOf(frame(CHUNK), "app/_components/format.ts")).toBe(LAYERS.ours);
    // A chunk without a map is named by its own path: Next's output, not ours.
    expect(
      layerOf(frame("file:///app/.next/server/app/dashboard/page.js"), ".next/server/app/dashboard/page.js"),
    ).toBe(LAYERS.other);
    expect(layerOf(frame(CHUNK), "node_modules/zod/v4/core/util.js")).toBe(LAYERS.other);
    // Next's own files map to node_modules/next/src/…, whose paths also contain lib/.
    expect(
      layerOf(
        frame("file:///app/node_modules/next/dist/server/lib/trace/tracer.js"),
        "node_modules/next/src/server/lib/trace/tracer.ts",
      ),
    ).toBe(LAYERS.next);
  });

  it("groups the database client, Node's streams and sockets, garbage collection and the rest of Node", () => {
    expect(layerOf(frame(CHUNK), "node_modules/@prisma/client/runtime/client.js")).toBe(LAYERS.db);
    expect(layerOf(frame(CHUNK), "lib/generated/prisma/internal/class.ts")).toBe(LAYERS.db);
    expect(layerOf(frame("file:///app/node_modules/pg-pool/index.js"), "node_modules/pg-pool/index.js")).toBe(
      LAYERS.db,
    );
    expect(layerOf(frame("node:internal/streams/writable"), null)).toBe(LAYERS.io);
    expect(layerOf(frame("node:internal/webstreams/readablestream"), null)).toBe(LAYERS.io);
    expect(layerOf(frame("", "writev"), null)).toBe(LAYERS.io);
    expect(layerOf(frame("", "(garbage collector)"), null)).toBe(LAYERS.gc);
    expect(layerOf(frame("node:internal/async_hooks"), null)).toBe(LAYERS.runtime);
    expect(layerOf(frame("", "(program)"), null)).toBe(LAYERS.runtime);
  });
});

describe("normalizeSource and ourFile", () => {
  const root = "/srv/app";
  const chunk = "/srv/app/.next/server/chunks/ssr/x._.js";

  it("turns a map's relative source into a path from the project's root, decoding route groups", () => {
    expect(normalizeSource("../../../../app/%28app%29/dashboard/page.tsx", chunk, root)).toBe(
      "app/(app)/dashboard/page.tsx",
    );
    expect(normalizeSource("turbopack:///[project]/lib/schedule/build.ts", chunk, root)).toBe(
      "lib/schedule/build.ts",
    );
    expect(
      normalizeSource(
        "../../../../src/server/lib/trace/tracer.ts",
        "/srv/app/node_modules/next/dist/server/lib/trace/tracer.js",
        root,
      ),
    ).toBe("node_modules/next/src/server/lib/trace/tracer.ts");
    expect(normalizeSource("/srv/app/lib/db.ts", chunk, root)).toBe("lib/db.ts");
    expect(normalizeSource("webpack://next/dist/compiled/react/cjs/react.production.js", chunk, root)).toBe(
      "webpack://next/dist/compiled/react/cjs/react.production.js",
    );
  });

  it("counts as ours only what lies under lib/ or app/ of the project", () => {
    expect(ourFile("app/(app)/dashboard/page.tsx")).toBe("app/(app)/dashboard/page.tsx");
    expect(ourFile("node_modules/next/src/server/lib/trace/tracer.ts")).toBeNull();
    expect(ourFile("../elsewhere/lib/x.ts")).toBeNull();
    expect(ourFile(null)).toBeNull();
  });
});

/**
 * A profile of 10 samples, 1 ms apart, starting at t = 0: four in Fizz, three in our code (two
 * files), one garbage collection, one idle, and one after the window that must not count.
 */
function fakeProfile() {
  const nodes = [
    { id: 1, callFrame: { functionName: "fizz", url: RUNTIME, lineNumber: 1, columnNumber: 10 } },
    { id: 2, callFrame: { functionName: "build", url: CHUNK, lineNumber: 0, columnNumber: 5 } },
    { id: 3, callFrame: { functionName: "days", url: CHUNK, lineNumber: 0, columnNumber: 9 } },
    { id: 4, callFrame: { functionName: "(garbage collector)", url: "", lineNumber: -1, columnNumber: -1 } },
    { id: 5, callFrame: { functionName: "(idle)", url: "", lineNumber: -1, columnNumber: -1 } },
  ];
  const samples = [1, 1, 2, 1, 3, 1, 2, 4, 5, 1];
  return { nodes, startTime: 0, timeDeltas: samples.map(() => 1000), samples };
}

const sources: Record<string, string> = {
  fizz: "webpack://next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js",
  build: "lib/schedule/build.ts",
  days: "lib/progress/days.ts",
};
const resolve = (f: { functionName: string }) => sources[f.functionName] ?? null;

describe("layerTimes", () => {
  it("adds each sample's interval to its layer, within the window only, per request", () => {
    // Samples fall at t = 1000 … 10000 µs; the window [500, 9500] holds the first nine (one idle).
    const result = layerTimes(fakeProfile(), { from: 500, to: 9500, requests: 2 }, resolve);
    expect(result.samples).toBe(9);
    // 4 Fizz samples of 1 ms over 2 requests = 2 ms per request; the Fizz sample after the window is left out.
    expect(result.layers).toEqual([
      [LAYERS.fizz, 2],
      [LAYERS.ours, 1.5],
      [LAYERS.gc, 0.5],
    ]);
    expect(result.ours).toEqual([
      ["lib/schedule/build.ts", 1],
      ["lib/progress/days.ts", 0.5],
    ]);
    // Idle time is not CPU: 8 busy samples of 1 ms over 2 requests.
    expect(result.totalMs).toBe(4);
  });
});

describe("layerTable", () => {
  it("prints the scenarios side by side with the difference, biggest layer of the last scenario first", () => {
    const table = layerTable({
      dynamic: { totalMs: 5, layers: [[LAYERS.fizz, 0.4]], ours: [], samples: 1 },
      dashboard: {
        totalMs: 13,
        layers: [
          [LAYERS.fizz, 1.5],
          [LAYERS.ours, 1.4],
        ],
        ours: [],
        samples: 1,
      },
    });
    expect(table.split("\n")).toEqual([
      "| Layer | dynamic, ms | dashboard, ms | dashboard − dynamic |",
      "|---|---:|---:|---:|",
      `| ${LAYERS.fizz} | 0.40 | 1.50 | +1.10 |`,
      `| ${LAYERS.ours} | 0.00 | 1.40 | +1.40 |`,
      "| **total** | 5.00 | 13.00 | +8.00 |",
    ]);
  });
});
