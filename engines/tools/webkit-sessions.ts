// Measures how often WebKitGTK's web process dies under Xvfb: runs N short sessions (launch,
// the standalone page scrolled through with its chart, the theme switched, an iframe embed and
// the custom element, close) and counts the ones that fail. A measuring tool, not a test:
//   npm run build && npx jiti engines/tools/webkit-sessions.ts 12 [compositing]
// With "compositing", WEBKIT_DISABLE_COMPOSITING_MODE is left unset.
import { findWebKit } from "../../scripts/engines.mjs";
import { launchSeleniumWebKit } from "../adapters/selenium.ts";
import { loaded, out, radio } from "../cases/common.ts";
import { seeText } from "../expect.ts";
import { hostPage, startOrigins } from "../servers.ts";

const sessions = Number(process.argv[2] ?? 12);
const compositing = process.argv[3] === "compositing";
const found = findWebKit();
if (!found || found.driver !== "selenium") throw new Error("needs WebKitWebDriver, MiniBrowser and Xvfb");
const origins = await startOrigins(4390, 4391);
const failures: string[] = [];
try {
  for (let i = 1; i <= sessions; i += 1) {
    const started = Date.now();
    try {
      const d = await launchSeleniumWebKit({
        minibrowser: found.path, webdriver: found.webdriver, xvfb: found.xvfb, port: 4392, compositing, env: { LANG: "C.UTF-8" },
      });
      try {
        for (const query of ["?steps=100", "?theme=dark&view=usd", "?schedule=sdxl-beta&width=896"]) {
          await d.goto(`${origins.explorer}${query}`);
          await loaded(d);
          await d.evaluate(async () => {
            for (let y = 0; y <= document.documentElement.scrollHeight; y += 200) {
              window.scrollTo(0, y);
              await new Promise((resolve) => requestAnimationFrame(resolve));
            }
          });
          await d.click(radio("Light"));
          await d.click(radio("Dark"));
          await d.evaluate(() => document.querySelectorAll(".recharts-line").length);
        }
        await d.goto(origins.page(hostPage(
          `<script src="${origins.explorer}embed.js" async></script><pricing-explorer steps="30"></pricing-explorer>`,
          `<script type="module" src="${origins.explorer}pricing-explorer.js"></script>`,
        )));
        await seeText(d, out("Credits per image", { selector: "pricing-explorer" }), "0.60");
        await d.frame({ selector: "iframe" });
        await seeText(d, out("Credits per image"), "1.00");
        await d.frame(null);
      } finally {
        await d.close();
      }
      console.log(`session ${i}: ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failures.push(`session ${i}: ${String(error).split("\n")[0]}`);
      console.log(failures.at(-1));
    }
  }
} finally {
  await origins.close();
}
console.log(`${compositing ? "compositing on" : "WEBKIT_DISABLE_COMPOSITING_MODE=1"}: ${failures.length} of ${sessions} sessions failed`);
