// `npm test`: gets the three browsers and Sphinx if missing, then type check, unit and component tests
// (Vitest, jsdom), one production build, the browser tests in Chromium (Playwright, against that
// build), and the cross-engine cases in Chromium, Firefox and WebKit (scripts/test-engines.mjs).
// Ends with a line per engine and one summary line.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureEngines, findEngine } from "./engines.mjs";
import { NO_CHROMIUM_MESSAGE } from "./find-chromium.mjs";
import { ensureSphinx } from "./sphinx.mjs";

// A Chromium the environment names but that is not there is the caller's to fix: stop at once.
if (process.env.CHROMIUM_PATH && !findEngine("chromium")) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

const ENGINES = /** @type {const} */ (["chromium", "firefox", "webkit"]);
const missing = ensureEngines(ENGINES, (line) => console.log(line));
// The Sphinx site in the browser tests (e2e/sphinx.spec.ts) is built with Sphinx, Furo and MyST-Parser.
const noSphinx = ensureSphinx((line) => console.log(line));
if (missing.length > 0 || noSphinx) {
  for (const { engine, reason } of missing) console.error(`npm test needs ${engine}: ${reason}`);
  if (noSphinx) console.error(`npm test needs Sphinx: ${noSphinx}`);
  process.exit(1);
}

const reports = "node_modules/.tmp/test-reports";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestJson = `${reports}/vitest.json`;
const playwrightJson = `${reports}/playwright.json`;

/** @param {string} label @param {string} command @param {string[]} args @param {Record<string, string>} env */
function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

/** @param {string} path */
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

const chromium = findEngine("chromium");
const types = run("Type check (tsc -b)", "npx", ["tsc", "-b"]);
const unitRun = run("Unit and component tests (Vitest)", "npx", [
  "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${vitestJson}`,
]);
const build = run("Production build (npm run build), shared by every browser test", "npm", ["run", "build", "--silent"]);
const playwrightRun = build.ok
  ? run(`Browser tests in Chromium (Playwright, ${chromium?.path})`, "npx", ["playwright", "test"], {
      PLAYWRIGHT_JSON: playwrightJson,
      PLAYWRIGHT_PREBUILT: "1",
    })
  : { ok: false, seconds: 0 };
const enginesRun = build.ok
  ? run("Cross-engine cases (Chromium, Firefox, WebKit)", "node", ["scripts/test-engines.mjs", ...ENGINES])
  : { ok: false, seconds: 0 };

const unit = readJson(vitestJson);
const browser = readJson(playwrightJson);
/** @type {{ engine: string, passed: number, failed: number, skipped: number, seconds: number, ok: boolean, note?: string }[]} */
const engines = readJson(`${reports}/engines.json`) ?? [];

const lines = [
  { label: "unit", passed: unit?.numPassedTests ?? 0, failed: unit?.numFailedTests ?? 0,
    skipped: (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0), seconds: unitRun.seconds, ok: unit !== null },
  { label: "chromium, Playwright suite", passed: browser?.stats?.expected ?? 0,
    failed: (browser?.stats?.unexpected ?? 0) + (browser?.stats?.flaky ?? 0),
    skipped: browser?.stats?.skipped ?? 0, seconds: playwrightRun.seconds, ok: browser !== null },
  ...ENGINES.map((engine) => {
    const r = engines.find((e) => e.engine === engine);
    return { label: `${engine}, cross-engine cases`, passed: r?.passed ?? 0, failed: r?.failed ?? 0,
      skipped: r?.skipped ?? 0, seconds: r?.seconds ?? 0, ok: r?.ok ?? false };
  }),
];

console.log("");
for (const line of lines) {
  const ran = line.passed + line.failed > 0;
  console.log(`${line.label}: ${line.ok ? `${line.passed} passed, ${line.failed} failed${line.skipped ? `, ${line.skipped} skipped` : ""}` : "no report"}${ran ? "" : " (ran no test)"} in ${line.seconds.toFixed(1)} s`);
}
const passed = lines.reduce((sum, line) => sum + line.passed, 0);
const failed = lines.reduce((sum, line) => sum + line.failed, 0);
const skipped = lines.reduce((sum, line) => sum + line.skipped, 0);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (!types.ok) console.error("The type check failed.");
if (!build.ok) console.error("The build failed.");
const everyPartRan = lines.every((line) => line.ok && line.passed + line.failed > 0);
const ok = types.ok && unitRun.ok && build.ok && playwrightRun.ok && enginesRun.ok && everyPartRan && failed === 0;
process.exit(ok ? 0 : 1);
