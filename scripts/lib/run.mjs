// Small helpers shared by the test scripts.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

export function run(command, args, options = {}) {
  console.log(`\n$ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  return result.status ?? 1;
}

/** Counts of one suite, read from the JSON report Vitest or Playwright wrote. */
export function vitestTotals(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1, flaky: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8"));
  return {
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + (r.success === false && !r.numFailedTests ? 1 : 0),
    flaky: 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}

/**
 * Playwright's counts. A test that failed and then passed on a retry (CI retries once) is
 * "flaky": counted on its own, never as passed, and it fails the run (scripts/test.mjs, .ci/run).
 */
export function playwrightTotals(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1, flaky: 0, skipped: 0 };
  const s = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  return {
    passed: s.expected ?? 0,
    failed: s.unexpected ?? 0,
    flaky: s.flaky ?? 0,
    skipped: s.skipped ?? 0,
  };
}

/** "file:line › title" of every test Playwright reports as flaky. */
export function flakyTests(file) {
  if (!existsSync(file)) return [];
  const out = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      if (spec.tests.some((t) => t.status === "flaky")) {
        out.push(`${spec.file}:${spec.line} › ${[...titles, spec.title].join(" › ")}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of JSON.parse(readFileSync(file, "utf8")).suites ?? []) walk(suite, []);
  return out;
}

export function add(...totals) {
  return totals.reduce(
    (a, b) => ({
      passed: a.passed + b.passed,
      failed: a.failed + b.failed,
      flaky: a.flaky + (b.flaky ?? 0),
      skipped: a.skipped + b.skipped,
    }),
    { passed: 0, failed: 0, flaky: 0, skipped: 0 },
  );
}

export function writeTotals(name, totals) {
  mkdirSync("test-results", { recursive: true });
  writeFileSync(`test-results/totals-${name}.json`, JSON.stringify(totals));
}

/** "N passed, N failed, N flaky, N skipped": the closing line of every test command. */
export function summaryLine(t) {
  return `${t.passed} passed, ${t.failed} failed, ${t.flaky ?? 0} flaky, ${t.skipped} skipped`;
}
