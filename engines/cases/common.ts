// Shared steps for the cases: what a person does (tab to a control, type into a field) and what
// the page shows, through the Driver only.
import { wire, type Driver, type Target } from "../driver.ts";
import { becomes, until } from "../expect.ts";
import type { Origins } from "../servers.ts";

export interface Context {
  /** The driver for this run's engine, launched once before the cases. */
  readonly d: Driver;
  readonly origins: Origins;
}

export const out = (name: string, within?: Target): Target => ({ role: "status", name, ...(within ? { within } : {}) });
export const slider = (name: string, within?: Target): Target => ({ role: "slider", name, ...(within ? { within } : {}) });
export const textbox = (name: string, within?: Target): Target => ({ role: "textbox", name, ...(within ? { within } : {}) });
export const radio = (name: string, within?: Target): Target => ({ role: "radio", name, ...(within ? { within } : {}) });
export const HEATMAP: Target = { role: "table", name: /by steps/ };
export const CURRENT_CELL: Target = { selector: 'td[aria-current="true"]' };

export function isFocused(d: Driver, target: Target): Promise<boolean> {
  return d.evaluate((h, t) => h.deepActive() === h.find(t as never), wire(target));
}

/** Presses Tab until the element has focus; fails after `limit` presses. */
export async function tabTo(d: Driver, target: Target, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await isFocused(d, target)) return;
    await d.press("Tab");
  }
  throw new Error("Tab never reached the element");
}

/** Clicks a text field, selects what it holds, types `text` and presses Enter. */
export async function fill(d: Driver, target: Target, text: string, commit: "Enter" | "Tab" = "Enter"): Promise<void> {
  await d.click(target);
  await d.evaluate((h, t) => (h.find(t as never) as HTMLInputElement).select(), wire(target));
  await d.type(text);
  await d.press(commit);
}

export function checked(d: Driver, target: Target): Promise<boolean> {
  return d.evaluate((h, t) => (h.find(t as never) as HTMLInputElement).checked, wire(target));
}

export function theme(d: Driver, within?: Target): Promise<string | null> {
  return d.evaluate(
    (h, t) => h.find(t as never).getAttribute("data-theme"),
    wire({ selector: ".explorer-root", ...(within ? { within } : {}) }),
  );
}

/** Waits until the page has its late parts (balance, table, chart): the heatmap is there. */
export async function loaded(d: Driver, within?: Target): Promise<void> {
  await until("the heatmap and the theme switch should load", () =>
    d.evaluate((h, t, r) => h.findAll(t as never).length === 1 && h.findAll(r as never).length === 1,
      wire({ ...HEATMAP, ...(within ? { within } : {}) }), wire(radio("Dark", within))),
  (ok) => ok);
}

export async function location(d: Driver): Promise<string> {
  return d.evaluate(() => window.location.href);
}

export { becomes, until };
