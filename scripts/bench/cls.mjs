// Bench job: cumulative layout shift on host pages, from navigation until the embed has settled.
// Phones are measured in a plain narrow window: under isMobile/hasTouch emulation Chromium marks
// every shift as following input, and layout shift then always reads 0.

/** Cumulative layout shift, counting only shifts without recent input, as the metric does. */
export async function layoutShift(browser, url, viewport, settled) {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(url);
  await settled(page);
  await page.waitForTimeout(1500);
  const cls = await page.evaluate(() => window.__cls);
  await page.close();
  return cls;
}

const frameReady = async (page) => {
  await page.frameLocator('iframe[title="Credit pricing explorer"]').getByRole("table", { name: /by steps/ }).waitFor();
  await page.waitForTimeout(500);
};
const elementReady = (page) => page.locator("pricing-explorer").getByRole("table", { name: /by steps/ }).waitFor();

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

/** Layout shift of the example docs pages on a desktop and a phone screen. */
export async function measureLayoutShift(browser, app, bench) {
  const results = {};
  for (const [label, viewport] of Object.entries(VIEWPORTS)) {
    results[label] = {
      iframe: await layoutShift(browser, `${app}examples/iframe.html`, viewport, frameReady),
      element: await layoutShift(browser, `${app}examples/element.html`, viewport, elementReady),
      naiveIframe: await layoutShift(browser, `${bench}naive-iframe.html?explorer=${encodeURIComponent(app)}`, viewport, frameReady),
    };
  }
  return results;
}
