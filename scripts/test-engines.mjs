// The cross-engine browser cases (engines/): the same cases in Chromium (Playwright), Firefox
// (Puppeteer over WebDriver BiDi) and WebKit (Selenium, WebKitGTK under Xvfb), one engine after
// another, each in one browser, against dist/ on ports of their own (4310–4339).
//   node scripts/test-engines.mjs [chromium] [firefox] [webkit] [--build]
// Without --build, dist/ must be built already (scripts/test-all.mjs builds it once for all).
// Writes node_modules/.tmp/test-reports/engines.json; exits non-zero on any failure, and on an
// engine that ran no test.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { findEngine } from "./engines.mjs";

const ALL = ["chromium", "firefox", "webkit"];
const args = process.argv.slice(2);
const build = args.includes("--build");
const engines = args.filter((arg) => ALL.includes(arg));
const unknown = args.filter((arg) => !ALL.includes(arg) && arg !== "--build");
if (unknown.length > 0) {
  console.error(`Unknown argument ${unknown.join(" ")}: give any of ${ALL.join(", ")}, and --build.`);
  process.exit(2);
}
const chosen = engines.length > 0 ? engines : ALL;
const reports = "node_modules/.tmp/test-reports";
mkdirSync(reports, { recursive: true });

if (build && spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit" }).status !== 0) {
  console.error("The build failed.");
  process.exit(1);
}
if (!existsSync("dist/index.html")) {
  console.error("dist/ has no build: run `npm run build` first, or pass --build.");
  process.exit(1);
}

/** @type {{ engine: string, browser: string, passed: number, failed: number, skipped: number, seconds: number, ok: boolean, note?: string }[]} */
const results = [];
for (const engine of chosen) {
  const found = findEngine(/** @type {"chromium" | "firefox" | "webkit"} */ (engine));
  if (!found) {
    results.push({ engine, browser: "none", passed: 0, failed: 0, skipped: 0, seconds: 0, ok: false, note: `no ${engine} browser (npm test installs one)` });
    continue;
  }
  const json = `${reports}/engine-${engine}.json`;
  console.log(`\n▶ Cross-engine cases in ${engine} (${found.path}, ${found.driver})`);
  const started = Date.now();
  const run = spawnSync("npx", ["vitest", "run", "-c", "vitest.engines.config.ts", "--reporter=default", "--reporter=json", `--outputFile=${json}`], {
    stdio: "inherit",
    env: { ...process.env, ENGINE: engine },
  });
  const seconds = (Date.now() - started) / 1000;
  let report = null;
  try {
    report = JSON.parse(readFileSync(json, "utf8"));
  } catch {
    // no report: counted as a failure below
  }
  const passed = report?.numPassedTests ?? 0;
  const failed = report?.numFailedTests ?? 0;
  const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
  const ran = passed + failed > 0;
  results.push({
    engine,
    browser: `${found.path} (${found.driver})`,
    passed,
    failed,
    skipped,
    seconds,
    ok: run.status === 0 && report !== null && ran && failed === 0 && skipped === 0,
    ...(report === null ? { note: "no report" } : !ran ? { note: "ran no test" } : skipped ? { note: `${skipped} skipped` } : {}),
  });
}

writeFileSync(`${reports}/engines.json`, JSON.stringify(results, null, 2));
console.log("");
for (const r of results) {
  console.log(`${r.engine}: ${r.passed} passed, ${r.failed} failed in ${r.seconds.toFixed(1)} s${r.note ? ` (${r.note})` : ""}`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
