// `npm run bench`: measures the production build in Chromium and prints one table, also written to
// bench-results/latest.json. Jobs (run all, or name some: `npm run bench -- latency sizes`):
//   sizes       JavaScript before the first render, the element's entry, embed.js (gzip -9);
//   latency     key press to paint on the Steps slider, 4× CPU throttling (scripts/bench/latency.mjs);
//   cls         layout shift of the example docs pages, desktop and phone;
//   lighthouse  Lighthouse 12.2.3, mobile preset, three runs (the goal is 100 in each, every time).
// `--against name=dir` adds another build's dist/ to the latency job, timed in the same rounds.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { BUDGET, GOAL } from "./budget.mjs";
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from "./find-chromium.mjs";
import { measureLayoutShift } from "./bench/cls.mjs";
import { FRAME_MS, latencyPages, measureLatency, PRESSES } from "./bench/latency.mjs";
import { runLighthouse } from "./bench/lighthouse.mjs";
import { measureSizes } from "./bench/sizes.mjs";
import { run, serve } from "./lib/server.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { against: { type: "string", multiple: true, default: [] }, rounds: { type: "string", default: "3" } },
});
const jobs = new Set(positionals.length > 0 ? positionals : ["sizes", "latency", "cls", "lighthouse"]);
const APP_PORT = 4183;
const BENCH_PORT = 4184;
const APP = `http://127.0.0.1:${APP_PORT}/explorer/`;
const BENCH = `http://127.0.0.1:${BENCH_PORT}/bench/`;

const browserPath = findChromium();
if (!browserPath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

console.log("Building the app and the reference pages…");
run("npm", ["run", "build", "--silent"]);
run("npx", ["vite", "build", "-c", "bench/vite.config.ts", "--logLevel", "error"]);
const servers = [await serve("dist", "/explorer/", APP_PORT), await serve("dist-bench", "/bench/", BENCH_PORT)];
const others = {};
for (const [i, spec] of values.against.entries()) {
  const [name, dir] = spec.split("=");
  servers.push(await serve(dir, "/explorer/", APP_PORT + 10 + i));
  others[name] = `http://127.0.0.1:${APP_PORT + 10 + i}/explorer/`;
}

const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
};
try {
  const browser = await chromium.launch({ executablePath: browserPath.path, args: CHROMIUM_ARGS });
  results.browser = browser.version();
  if (jobs.has("sizes")) results.sizes = await measureSizes(browser, APP);
  if (jobs.has("latency")) {
    console.log("Timing key presses…");
    results.latency = await measureLatency(browser, latencyPages(APP, BENCH, others), {
      rounds: Number(values.rounds),
      log: (line) => console.log(line),
    });
  }
  if (jobs.has("cls")) {
    console.log("Measuring layout shift of the embeds…");
    results.cls = await measureLayoutShift(browser, APP, BENCH);
  }
  await browser.close();
  if (jobs.has("lighthouse")) {
    console.log("Running Lighthouse 12.2.3 (mobile), three times…");
    results.lighthouse = [1, 2, 3].map(() => runLighthouse(APP, browserPath.path));
  }
} finally {
  for (const server of servers) server.kill();
}

mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/latest.json", `${JSON.stringify(results, null, 2)}\n`);
printTable(results);

function printTable({ sizes, latency, lighthouse, cls }) {
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const ms = (value) => `${value.toFixed(1)} ms`;
  const range = ([low, high], unit = ms) => (low === high ? unit(low) : `${unit(low)}–${unit(high)}`);
  const rows = [];
  if (sizes) {
    rows.push(
      ["JS before first render (standalone)", kB(sizes.initialTotal), `goal ≤ ${kB(GOAL.initialJs)}, limit ${kB(BUDGET.initialJs)}`, sizes.initial.map((s) => `${s.file} ${kB(s.gzip)}`).join(", ")],
      ["Custom element entry + static imports", kB(sizes.elementTotal), "reported", sizes.element.map((s) => `${s.file} ${kB(s.gzip)}`).join(", ")],
      ["embed.js", kB(sizes.embed), `goal ≤ ${kB(GOAL.embedJs)}, limit ${kB(BUDGET.embedJs)}`, ""],
    );
  }
  if (latency) {
    const { pages, unthrottled } = latency;
    const goal = pages.bound.p95 + FRAME_MS;
    const count = (n) => `${n}/${PRESSES}`;
    rows.push([`Latency, 4× CPU throttling: round ${latency.round} of ${latency.rounds} (median), spread across rounds in brackets`, "", "", ""]);
    for (const [name, page] of Object.entries(pages)) {
      rows.push([
        `  ${name}: key → next frame p50 / p95`,
        `${ms(page.p50)} / ${ms(page.p95)}`,
        name === "bound" ? "reference" : "",
        `[${range(page.spread.p50)} / ${range(page.spread.p95)}]`,
      ]);
      if (name !== "bound" && name !== "floor") {
        rows.push([
          `  ${name}: key → new price painted p50 / p95`,
          `${ms(page.priceP50)} / ${ms(page.priceP95)}`,
          name === "explorer" ? `p95 ≤ bound + 1 frame = ${ms(goal)}` : "",
          `[${range(page.spread.priceP50)} / ${range(page.spread.priceP95)}]; price in the key's frame ${count(page.sameFrame)} [${range(page.spread.sameFrame, String)}]`,
        ]);
      }
    }
    rows.push([
      "  goal met in each round (price p95 ≤ bound p95 + 16.7 ms)",
      latency.goalByRound.map((g) => (g.met ? "yes" : "no")).join(" / "),
      "every round",
      latency.goalByRound.map((g) => `${ms(g.priceP95)} ≤ ${ms(g.allowed)}`).join(", "),
    ]);
    rows.push([
      "Event Timing p95 (presses ≥ 16 ms), 4× / 1×",
      `${ms(pages.explorer.eventP95)} (${count(pages.explorer.eventsReported)}) / ${ms(unthrottled.explorer.eventP95)} (${count(unthrottled.explorer.eventsReported)})`,
      "reported",
      ["floor", "bound"].map((n) => `${n} ${ms(pages[n].eventP95)} (${count(pages[n].eventsReported)}) / ${ms(unthrottled[n].eventP95)} (${count(unthrottled[n].eventsReported)})`).join(", "),
    ]);
  }
  for (const [i, lh] of (lighthouse ?? []).entries()) {
    rows.push([`Lighthouse run ${i + 1}: perf / a11y / best practices / SEO`, lh ? `${lh.performance} / ${lh.accessibility} / ${lh.bestPractices} / ${lh.seo}` : "failed", "100 each", lh ? `FCP ${lh.fcp}, LCP ${lh.lcp}, TBT ${lh.tbt}, CLS ${lh.cls}` : ""]);
  }
  for (const [label, c] of Object.entries(cls ?? {})) {
    rows.push([`Layout shift, ${label}: iframe / element`, `${c.iframe.toFixed(4)} / ${c.element.toFixed(4)}`, "≤ 0.01", `naive iframe ${c.naiveIframe.toFixed(4)}`]);
  }
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`\n${results.date.slice(0, 10)} · ${results.machine} · Chromium ${results.browser}\n`);
  for (const row of rows) console.log(`${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2].padEnd(widths[2])}  ${row[3]}`.trimEnd());
}
