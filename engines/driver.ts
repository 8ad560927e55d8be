// The small interface every cross-engine test case is written against, once. Three adapters
// implement it (engines/adapters/): Playwright for Chromium, Puppeteer over WebDriver BiDi for
// Firefox, Selenium over WebDriver classic for WebKitGTK. Elements are found in the page by the
// same in-page code in every engine (engines/inpage.js), so a case means the same thing in all.
import { readFileSync } from "node:fs";

export type Engine = "chromium" | "firefox" | "webkit";

/** What to find: an ARIA role and accessible name, and/or a CSS selector, inside `within`. */
export interface Target {
  readonly role?: string;
  readonly name?: string | RegExp;
  readonly selector?: string;
  /** Which of several matches (negative counts from the end); without it, exactly one must match. */
  readonly nth?: number;
  /** Search inside this element (its open shadow root if it has one). */
  readonly within?: Target;
}

export type Key =
  | "Tab" | "Enter" | "Space" | "Escape" | "Home" | "End" | "PageUp" | "PageDown"
  | "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Backspace";

/** Values that survive the trip into the page and back. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json | undefined };

/** The helpers engines/inpage.js gives an evaluated function as its first argument. */
export interface PageHelpers {
  find(target: WireTarget): Element;
  findAll(target: WireTarget): Element[];
  name(el: Element): string;
  text(s: string | null | undefined): string;
  clickable(el: Element): Element;
  deepActive(): Element | null;
}

/** A Target as JSON: a RegExp travels as its source and flags. */
export type WireTarget = Json;

export function wire(target: Target): WireTarget {
  const { name, within, ...rest } = target;
  return {
    ...rest,
    ...(name === undefined ? {} : { name: typeof name === "string" ? name : { source: name.source, flags: name.flags } }),
    ...(within ? { within: wire(within) } : {}),
  };
}

const HELPERS = readFileSync(new URL("./inpage.js", import.meta.url), "utf8")
  .replace(/^(\/\/.*\n)+/, "")
  .trim();

/**
 * The expression an adapter evaluates: `fn` called with the helpers and the arguments. `fn` must
 * be self-contained (it is sent as source text): no closures over test variables.
 */
export function pageExpression(fn: string, args: readonly Json[]): string {
  return `(async () => { const h = (${HELPERS})(); return await (${fn})(h, ...${JSON.stringify(args)}); })()`;
}

/** A function run in the page: the helpers first, then the JSON arguments. */
export type InPage<T> = (h: PageHelpers, ...args: never[]) => T;

/** What an adapter must provide. Everything else is built on these, the same for every engine. */
export interface Driver {
  readonly engine: Engine;
  /** Browser name and version, for the report. */
  readonly version: string;
  /** Opens a URL in the one tab, and makes the top document the current one. */
  goto(url: string): Promise<void>;
  /** Makes an iframe's document the current one (null: back to the top document). */
  frame(target: Target | null): Promise<void>;
  /** Runs `fn(helpers, ...args)` in the current document, awaiting a promise it returns. */
  evaluate<T>(fn: InPage<T>, ...args: Json[]): Promise<Awaited<T>>;
  /** A real pointer click on the element's centre, or at (x, y) from its top left corner. */
  click(target: Target, at?: { x: number; y: number }): Promise<void>;
  /** A real key press, sent to the focused element. */
  press(key: Key): Promise<void>;
  /** Real key presses for each character. */
  type(text: string): Promise<void>;
  /** Picks an option of a <select> the way the engine's automation does it. */
  select(target: Target, value: string): Promise<void>;
  /** The layout viewport's size in CSS pixels (the window is resized to give it). */
  setViewport(width: number, height: number): Promise<void>;
  /** A PNG of the visible part of the top document. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

/** Serialises an in-page function; test files pass arrow functions, which carry no helpers. */
export function source(fn: (...args: never[]) => unknown): string {
  return fn.toString();
}
