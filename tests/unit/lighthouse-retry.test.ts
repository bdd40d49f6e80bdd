import { describe, expect, it } from "vitest";

import { withRetries } from "../../scripts/bench/lighthouse-retry.mjs";

interface Lhr {
  runtimeError?: { code: string; message: string };
  finalDisplayedUrl: string;
}

const page = { path: "/plan/architect", preset: "mobile" };
const ok: Lhr = { finalDisplayedUrl: "http://127.0.0.1/plan/architect" };
const failed = (code: string): Lhr => ({
  finalDisplayedUrl: "",
  runtimeError: { code, message: `Lighthouse says ${code}` },
});

/** A fake Lighthouse that answers with the given reports in turn, counting its runs. */
function lighthouseAnswering(...reports: (Lhr | undefined)[]) {
  const runs = { count: 0 };
  const runOnce = async () => reports[runs.count++];
  return { runOnce, runs };
}

describe("withRetries (Lighthouse runs in npm run bench)", () => {
  it("returns the first report when it has no runtime error, after one run", async () => {
    const { runOnce, runs } = lighthouseAnswering(ok);
    const lines: string[] = [];
    await expect(withRetries(runOnce, page, { log: (l: string) => lines.push(l) })).resolves.toBe(ok);
    expect(runs.count).toBe(1);
    expect(lines).toEqual([]);
  });

  it("runs again after a failed trace recording, and logs that it did", async () => {
    const { runOnce, runs } = lighthouseAnswering(failed("NO_NAVSTART"), failed("NO_FMP"), ok);
    const lines: string[] = [];
    await expect(withRetries(runOnce, page, { log: (l: string) => lines.push(l) })).resolves.toBe(ok);
    expect(runs.count).toBe(3);
    expect(lines).toEqual([
      "    /plan/architect (mobile): NO_NAVSTART, a failed trace recording; run again",
      "    /plan/architect (mobile): NO_FMP, a failed trace recording; run again",
    ]);
  });

  it("gives up after two repeats with Lighthouse's message", async () => {
    const { runOnce, runs } = lighthouseAnswering(
      failed("NO_NAVSTART"),
      failed("NO_NAVSTART"),
      failed("NO_NAVSTART"),
      ok,
    );
    await expect(withRetries(runOnce, page, { log: () => {} })).rejects.toThrow(
      "Lighthouse on /plan/architect: Lighthouse says NO_NAVSTART",
    );
    expect(runs.count).toBe(3);
  });

  it("stops at once on any other runtime error (a page that never paints is a finding)", async () => {
    const { runOnce, runs } = lighthouseAnswering(failed("NO_FCP"), ok);
    await expect(withRetries(runOnce, page, { log: () => {} })).rejects.toThrow(
      "Lighthouse on /plan/architect: Lighthouse says NO_FCP",
    );
    expect(runs.count).toBe(1);
  });

  it("refuses an empty answer", async () => {
    const { runOnce } = lighthouseAnswering(undefined);
    await expect(withRetries(runOnce, page, { log: () => {} })).rejects.toThrow(
      "Lighthouse returned nothing for /plan/architect",
    );
  });
});
