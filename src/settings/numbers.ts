import type { NumberRange } from "../pricing/priceSchedule";

// Reading numbers that people type or links carry. Only plain decimals count: "75", "-3", "1.5",
// "1e3". No whitespace, units, hex, separators or non-Latin digits (\d is ASCII here).
const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The number a plain decimal spells, or null for anything else or an infinite value. */
export function parsePlainNumber(text: string): number | null {
  if (!PLAIN_DECIMAL.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * A plain decimal as a whole number of hundredths, rounded down, between `min` and `max`
 * hundredths; null for text that is not a plain number. Works on the digits, not on a float:
 * "0.29" is 29 hundredths, where Math.floor(0.29 * 100) gives 28.
 */
export function hundredthsFromDecimal(text: string, min: number, max: number): number | null {
  const value = parsePlainNumber(text);
  if (value === null) return null;
  if (value * 100 <= min) return min;
  if (value * 100 >= max) return max;

  const [mantissa = "", exponentText = "0"] = text.replace(/^[+-]/, "").split(/[eE]/);
  const [whole = "", fraction = ""] = mantissa.split(".");
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText) + 2;
  if (point <= 0) return Math.max(min, 0);
  const integerDigits = point <= digits.length ? digits.slice(0, point) : digits.padEnd(point, "0");
  return Math.max(min, Number(integerDigits));
}

/** A number within `range`: snapped to the nearest multiple of its step, then clamped. */
export function clampToRange(value: number, { min, max, step }: NumberRange): number {
  return Math.min(max, Math.max(min, Math.round(value / step) * step));
}
