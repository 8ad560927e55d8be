import { expect, type Page } from "@playwright/test";

/**
 * An origin that is not the explorer's: pages there are answered by the test itself. It is a
 * loopback name, so that Chrome's Local Network Access rules let it load the explorer from
 * 127.0.0.1 once the permission is granted, as a person would grant it; a real docs site and
 * explorer host are both public and need no permission.
 */
export const DOCS_ORIGIN = "http://localhost:4174";
/** The production build's server (playwright.config.ts); E2E_PORT moves it, for two runs at once. */
export const EXPLORER_PORT = Number(process.env.E2E_PORT ?? 4173);
export const EXPLORER_ORIGIN = `http://127.0.0.1:${EXPLORER_PORT}`;
export const EXPLORER = `${EXPLORER_ORIGIN}/explorer/`;

/** Serves `html` at DOCS_ORIGIN/<path> for this page, and opens it. */
export async function openHostPage(page: Page, html: string, path = "page.html") {
  await page.context().grantPermissions(["local-network-access"]);
  await page.route(`${DOCS_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: html }),
  );
  await page.goto(`${DOCS_ORIGIN}/${path}`);
}

export function hostPage(body: string, head = "") {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Docs</title>${head}</head><body>${body}</body></html>`;
}

export const frameSelector = 'iframe[title="Credit pricing explorer"]';

/** The iframe's height on the host page, and its content's height inside it. */
export async function heights(page: Page, index = 0) {
  const iframe = page.locator(frameSelector).nth(index);
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const frame = await (await iframe.elementHandle())?.contentFrame();
  const inner = await frame?.locator(".explorer-root").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  return { outer, inner: inner ?? -1 };
}

/** Waits until the iframe is as tall as its content, and returns that height. */
export async function settled(page: Page, index = 0) {
  // Chrome does not render cross-origin frames out of view, so they report on coming into view.
  await page.locator(frameSelector).nth(index).scrollIntoViewIfNeeded();
  // The balance, table and chart arrive after the first paint; wait for them.
  await page.frameLocator(frameSelector).nth(index).getByRole("table", { name: /by steps/ }).waitFor();
  await expect.poll(async () => {
    const { outer, inner } = await heights(page, index);
    return outer === inner;
  }).toBe(true);
  return (await heights(page, index)).outer;
}
