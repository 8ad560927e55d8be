// Exact prices: fractions of safe integers, in lowest terms. Published rates are decimals such as
// 2.16e-6 and 0.000127; as fractions they multiply and add without rounding error.

export interface Rational {
  readonly numerator: number;
  readonly denominator: number;
}

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

function safe(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${value} is not a safe integer`);
  return value;
}

export function rational(numerator: number, denominator = 1): Rational {
  if (denominator <= 0) throw new RangeError("a denominator must be positive");
  const divisor = gcd(safe(numerator), safe(denominator)) || 1;
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e-(\d+))?$/;

/** A non-negative decimal as written in a source ("0.0122", "2.16e-6") as an exact fraction. */
export function fromDecimal(text: string): Rational {
  const match = DECIMAL.exec(text);
  if (!match) throw new SyntaxError(`${JSON.stringify(text)} is not a decimal`);
  const [, whole = "", fraction = "", exponent = "0"] = match;
  return rational(Number(whole + fraction), 10 ** (fraction.length + Number(exponent)));
}

export function times(a: Rational, b: Rational): Rational {
  return rational(a.numerator * b.numerator, a.denominator * b.denominator);
}

export function plus(a: Rational, b: Rational): Rational {
  return rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);
}
