// Waiting for the page to reach a state: every read is retried until it gives what is expected,
// and a failure says what was last seen. The time limit only bounds a failing wait; no test
// asserts on how long anything takes.
import { isDeepStrictEqual } from "node:util";
import { wire as wireOf, type Driver, type Target } from "./driver.ts";

const LIMIT_MS = 15_000;
const EVERY_MS = 50;

/** Reads until `accept` holds; returns that value, or throws with the last value or error. */
export async function until<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const end = Date.now() + LIMIT_MS;
  let last: { value: T } | { error: unknown } | null = null;
  for (;;) {
    try {
      const value = await read();
      if (accept(value)) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() > end) break;
    await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
  }
  const seen = last && "value" in last ? `last saw ${JSON.stringify(last.value)}` : `last error: ${String((last as { error: unknown } | null)?.error)}`;
  throw new Error(`${what}: ${seen}`);
}

/** Waits until `read` gives exactly `expected`. */
export function becomes<T>(what: string, read: () => Promise<T>, expected: T): Promise<T> {
  return until(`${what} should be ${JSON.stringify(expected)}`, read, (value) => isDeepStrictEqual(value, expected));
}

/** The element's text, whitespace collapsed. */
export function textOf(d: Driver, target: Target): Promise<string> {
  return d.evaluate((h, t) => h.text(h.find(t as never).textContent), wireOf(target));
}

/** An input's value. */
export function valueOf(d: Driver, target: Target): Promise<string> {
  return d.evaluate((h, t) => (h.find(t as never) as HTMLInputElement).value, wireOf(target));
}

export function attrOf(d: Driver, target: Target, name: string): Promise<string | null> {
  return d.evaluate((h, t, n) => h.find(t as never).getAttribute(n as never), wireOf(target), name);
}

export function styleOf(d: Driver, target: Target, property: string): Promise<string> {
  return d.evaluate((h, t, p) => getComputedStyle(h.find(t as never)).getPropertyValue(p as never), wireOf(target), property);
}

export function countOf(d: Driver, target: Target): Promise<number> {
  return d.evaluate((h, t) => h.findAll(t as never).length, wireOf(target));
}

/** Waits until at least one element matches; returns how many do. */
export function present(d: Driver, target: Target): Promise<number> {
  return until(`${describeTarget(target)} should exist`, () => countOf(d, target), (n) => n > 0);
}

export async function seeText(d: Driver, target: Target, expected: string): Promise<void> {
  await becomes(`text of ${describeTarget(target)}`, () => textOf(d, target), expected);
}

export async function seeValue(d: Driver, target: Target, expected: string): Promise<void> {
  await becomes(`value of ${describeTarget(target)}`, () => valueOf(d, target), expected);
}

export function describeTarget(target: Target): string {
  return [
    target.within ? `${describeTarget(target.within)} >> ` : "",
    target.role ?? "",
    target.name !== undefined ? ` "${String(target.name)}"` : "",
    target.selector ? ` ${target.selector}` : "",
    target.nth !== undefined ? ` #${target.nth}` : "",
  ].join("");
}
