// When a Lighthouse run is repeated rather than ending the benchmark (scripts/bench/lighthouse.mjs).

/**
 * Lighthouse's "Something went wrong with recording the trace over your page load. Please run
 * Lighthouse again." (its badTraceRecording errors): a failed recording in Chromium, not a finding
 * about the page. Those runs are repeated; any other runtime error stops the bench.
 */
const RETRIED_ERRORS = new Set([
  "NO_TRACING_STARTED",
  "NO_RESOURCE_REQUEST",
  "NO_NAVSTART",
  "NO_DCL",
  "NO_FMP",
]);

/**
 * The report of `runOnce()` (a Lighthouse result, `lhr`), run again at most `retries` times while
 * it ends in one of the errors above. Each repeat is logged; any other error, or the same error
 * after the last repeat, throws with Lighthouse's message.
 */
export async function withRetries(runOnce, page, { retries = 2, log = console.log } = {}) {
  for (let attempt = 0; ; attempt++) {
    const lhr = await runOnce();
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`);
    const error = lhr.runtimeError;
    if (!error) return lhr;
    if (!RETRIED_ERRORS.has(error.code) || attempt === retries)
      throw new Error(`Lighthouse on ${page.path}: ${error.message}`);
    log(`    ${page.path} (${page.preset ?? "desktop"}): ${error.code}, a failed trace recording; run again`);
  }
}
