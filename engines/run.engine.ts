// The cross-engine browser tests: one browser for the engine in $ENGINE, launched once and
// shared by every case, against the production build in dist/ (built beforehand) on ports of
// their own. Run by scripts/test-engines.mjs; the cases live in engines/cases/.
import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import { embedCases } from "./cases/embeds.ts";
import { clearanceCases, fitCases } from "./cases/fit.ts";
import { standaloneCases } from "./cases/standalone.ts";
import { paintCases } from "./cases/paint.ts";
import type { Context } from "./cases/common.ts";
import type { Engine } from "./driver.ts";
import { launch } from "./launch.ts";
import { startOrigins } from "./servers.ts";

const engine = process.env.ENGINE as Engine | undefined;
if (engine !== "chromium" && engine !== "firefox" && engine !== "webkit") {
  throw new Error("Set ENGINE to chromium, firefox or webkit (scripts/test-engines.mjs does).");
}
// Each engine its own ports in 4300–4399, so that runs never meet: explorer, host, WebDriver.
const BASE_PORT = { chromium: 4310, firefox: 4320, webkit: 4330 }[engine] + Number(process.env.ENGINE_PORT_OFFSET ?? 0);

let context: Context | null = null;
const ctx = (): Context => {
  if (!context) throw new Error("the browser did not start");
  return context;
};

beforeAll(async () => {
  const origins = await startOrigins(BASE_PORT, BASE_PORT + 1);
  try {
    const d = await launch(engine, BASE_PORT + 2);
    console.log(`${engine}: ${d.version}`);
    context = { d, origins };
  } catch (error) {
    await origins.close();
    throw error;
  }
});

// Each case starts from the top document of a desktop-sized window, whatever the last one left.
beforeEach(async () => {
  const d = context?.d;
  if (!d) return;
  await d.frame(null);
  await d.setViewport(1280, 900);
});

afterAll(async () => {
  await context?.d.close();
  await context?.origins.close();
});

describe(`${engine}: standalone page`, () => standaloneCases(ctx));
describe(`${engine}: light and dark`, () => paintCases(ctx));
describe(`${engine}: embeds`, () => embedCases(ctx));
describe(`${engine}: narrow windows`, () => fitCases(ctx));
describe(`${engine}: the price table's marks`, () => clearanceCases(ctx));
