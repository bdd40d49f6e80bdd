// Lighthouse (desktop preset) against the running server, Debian's Chromium headless.
import { launch } from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";

import { CHROMIUM_ARGS, chromiumPath } from "./browser.mjs";

const CATEGORIES = ["performance", "accessibility", "best-practices"];

/**
 * Scores 0–100 per category for each page, the median of `runs` runs (performance
 * varies on a shared 2-core machine; the other categories do not). `pages` are
 * { path, cookie? }; the cookie goes in every request's headers.
 */
export async function lighthouseScores(base, pages, { runs = 1, log = console.log } = {}) {
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
    logLevel: "silent",
  });
  const results = [];
  try {
    for (const page of pages) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const r = await lighthouse(
          `${base}${page.path}`,
          {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: CATEGORIES,
            extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
          },
          desktopConfig,
        );
        const lhr = r?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.message}`);
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
        samples.push({
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
      samples.sort((a, b) => a.performance - b.performance);
      const median = samples[Math.floor(samples.length / 2)];
      log(`    ${page.path}: ${median.performance} / ${median.accessibility} / ${median.bestPractices}`);
      results.push({ path: page.path, runs, ...median });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
