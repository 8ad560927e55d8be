// Bench job: Lighthouse 12.2.3, mobile preset, on the standalone page, in its own process (the
// static server must keep answering while it runs).
import { mkdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { CHROMIUM_ARGS } from "../find-chromium.mjs";

/** @param {string} app @param {string} chromiumPath */
export function runLighthouse(app, chromiumPath) {
  mkdirSync("bench-results", { recursive: true });
  const output = "bench-results/lighthouse.json";
  const result = spawnSync(
    "npx",
    [
      "lighthouse", app, "--quiet", "--output=json", `--output-path=${output}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
    ],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: chromiumPath } },
  );
  if (result.status !== 0) return null;
  const report = JSON.parse(readFileSync(output, "utf8"));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id) => report.audits[id]?.displayValue;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
  };
}
