// `npm test`: type check, unit and component tests (Vitest, jsdom), then browser tests
// (Playwright, real Chromium, against the production build). Ends with one summary line.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { findChromium, NO_CHROMIUM_MESSAGE } from "./find-chromium.mjs";

const chromium = findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

const reports = "node_modules/.tmp/test-reports";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestJson = `${reports}/vitest.json`;
const playwrightJson = `${reports}/playwright.json`;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

const typesOk = run("Type check (tsc -b)", "npx", ["tsc", "-b"]);
const unitOk = run("Unit and component tests (Vitest)", "npx", [
  "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${vitestJson}`,
]);
const browserOk = run(`Browser tests (Playwright, ${chromium.path})`, "npx", ["playwright", "test"], {
  PLAYWRIGHT_JSON: playwrightJson,
});

const unit = readJson(vitestJson);
const browser = readJson(playwrightJson);
const passed = (unit?.numPassedTests ?? 0) + (browser?.stats?.expected ?? 0);
const failed =
  (unit?.numFailedTests ?? 0) + (browser?.stats?.unexpected ?? 0) + (browser?.stats?.flaky ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (browser?.stats?.skipped ?? 0);
const ran = passed + failed > 0;

console.log(`\nunit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : "no report"}`);
console.log(`browser: ${browser ? `${browser.stats.expected} passed, ${browser.stats.unexpected} failed` : "no report"}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
const ok = typesOk && unitOk && browserOk && ran && failed === 0 && unit !== null && browser !== null;
if (!typesOk) console.error("The type check failed.");
process.exit(ok ? 0 : 1);
