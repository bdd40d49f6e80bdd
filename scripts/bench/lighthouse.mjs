// Lighthouse (desktop or mobile preset) against the running server, Debian's Chromium headless.
import { launch } from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";

import { CHROMIUM_ARGS, chromiumPath } from "./browser.mjs";
import { withRetries } from "./lighthouse-retry.mjs";

const CATEGORIES = ["performance", "accessibility", "best-practices"];

function runLighthouse(base, page, port, log) {
  const runOnce = async () => {
    const r = await lighthouse(
      `${base}${page.path}`,
      {
        port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
        extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
      },
      page.preset === "mobile" ? undefined : desktopConfig,
    );
    return r?.lhr;
  };
  return withRetries(runOnce, page, { log });
}

/**
 * Scores 0–100 per category for each page, the median of `runs` runs (performance
 * varies on a shared 2-core machine; the other categories do not), with every run's
 * performance score beside it. `pages` are { path, cookie?, preset?, reference? }: the cookie goes
 * in every request's headers; preset "desktop" (the default) or "mobile" (Lighthouse's default
 * config: a phone screen, simulated slow 4G and a 4× slower CPU); `reference` names what a page
 * is measured for when it is a yardstick rather than a target (the report says so, ADR 042).
 */
export async function lighthouseScores(base, pages, { runs = 1, log = console.log } = {}) {
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
    logLevel: "silent",
  });
  const samplesOf = pages.map(() => []);
  try {
    // Round by round (every page once, then again): a machine whose speed drifts during the
    // minutes this takes then weighs on every page alike, the reference page's floor included.
    for (let i = 0; i < runs; i++) {
      for (const [index, page] of pages.entries()) {
        const lhr = await runLighthouse(base, page, chrome.port, log);
        const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const failing = Object.values(lhr.audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              a.scoreDisplayMode !== "informative" &&
              a.scoreDisplayMode !== "manual",
          )
          .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
        samplesOf[index].push({
          performance: score("performance"),
          accessibility: score("accessibility"),
          bestPractices: score("best-practices"),
          finalUrl: lhr.finalDisplayedUrl,
          metrics: {
            fcp: lhr.audits["first-contentful-paint"]?.numericValue,
            lcp: lhr.audits["largest-contentful-paint"]?.numericValue,
            tbt: lhr.audits["total-blocking-time"]?.numericValue,
            cls: lhr.audits["cumulative-layout-shift"]?.numericValue,
          },
          failing,
        });
      }
    }
    return pages.map((page, index) => {
      const samples = samplesOf[index];
      const performanceRuns = samples.map((s) => s.performance);
      samples.sort((a, b) => a.performance - b.performance);
      const median = samples[Math.floor(samples.length / 2)];
      const preset = page.preset ?? "desktop";
      log(
        `    ${page.path} (${preset}${page.reference ? ", reference" : ""}): ${median.performance} / ${median.accessibility} / ${median.bestPractices}  (performance per run: ${performanceRuns.join(", ")})`,
      );
      return { path: page.path, preset, reference: page.reference ?? null, runs, performanceRuns, ...median };
    });
  } finally {
    chrome.kill();
  }
}
