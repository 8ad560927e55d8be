import { LIMITS } from "./limits";
import { hundredths, type Hundredths } from "./units";

// An optional sign, digits, an optional fraction, an optional exponent: "75", "-3", "1.5",
// "1e3". No whitespace, units, hex, separators or non-Latin digits (\d is ASCII here).
const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The number a plain decimal spells, or null for anything else or an infinite value. */
export function parsePlainNumber(text: string): number | null {
  if (!PLAIN_DECIMAL.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * A balance in credits, written as a plain decimal, rounded down to the hundredth and
 * clamped to the balance range. Works on the digits, not on a float: "0.29" is 29
 * hundredths, where Math.floor(0.29 * 100) would give 28.
 */
export function balanceFromDecimal(text: string): Hundredths | null {
  const value = parsePlainNumber(text);
  if (value === null) return null;
  if (value <= 0) return LIMITS.balance.min;
  if (value >= LIMITS.balance.max / 100) return LIMITS.balance.max;

  const [mantissa = "", exponentText = "0"] = text.replace(/^[+-]/, "").split(/[eE]/);
  const [whole = "", fraction = ""] = mantissa.split(".");
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText) + 2;
  if (point <= 0) return LIMITS.balance.min;
  const integerDigits = point <= digits.length ? digits.slice(0, point) : digits.padEnd(point, "0");
  return hundredths(Number(integerDigits));
}

/** The same rounding for a number that arrives as a number (an attribute set from script). */
export function balanceFromCredits(value: number): Hundredths | null {
  return Number.isFinite(value) ? balanceFromDecimal(String(value)) : null;
}
