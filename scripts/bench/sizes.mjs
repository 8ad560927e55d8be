// Bench job: JavaScript sizes, gzip -9. The standalone page's scripts requested before its first
// render, the custom element's entry with its static imports, and embed.js.
import { readFileSync } from "node:fs";
import { gzipSize, scriptsBeforeFirstRender } from "../budget.mjs";

/** @param {import("playwright-core").Browser} browser @param {string} app */
export async function measureSizes(browser, app) {
  const page = await browser.newPage();
  await page.goto(app);
  await page.getByRole("status", { name: "Credits per image" }).waitFor();
  const initial = (await scriptsBeforeFirstRender(page, app)).map((file) => ({ file, gzip: gzipSize(`dist/${file}`) }));
  await page.close();

  const entry = readFileSync("dist/pricing-explorer.js", "utf8");
  const imports = [...entry.matchAll(/from\s*"\.\/([^"]+)"/g)].map((m) => m[1]);
  const element = ["pricing-explorer.js", ...imports].map((file) => ({ file, gzip: gzipSize(`dist/${file}`) }));
  const total = (list) => list.reduce((sum, s) => sum + s.gzip, 0);
  return { initial, initialTotal: total(initial), element, elementTotal: total(element), embed: gzipSize("dist/embed.js") };
}
