// Money is counted in integers so that comparisons and floors are exact: a balance of 0.6
// credits at 0.2 per image buys 3 images, although 0.6 / 0.2 is 2.9999999999999996.

declare const unit: unique symbol;
type Branded<T, U extends string> = T & { readonly [unit]: U };

/** A whole number of hundredths of a credit (0.01 credit = $0.0001). */
export type Hundredths = Branded<number, "hundredths of a credit">;
/** A whole number of US cents. One cent buys one credit. */
export type Cents = Branded<number, "US cents">;

export const HUNDREDTHS_PER_CREDIT = 100;
/** $0.01 buys 1 credit, so $10 buys 1,000 credits. */
export const CREDITS_PER_CENT = 1;

export function hundredths(value: number): Hundredths {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`hundredths must be a safe integer, got ${value}`);
  }
  return value as Hundredths;
}

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`cents must be a safe integer, got ${value}`);
  }
  return value as Cents;
}

/** Credits as a plain number, for display only. */
export function toCredits(amount: Hundredths): number {
  return amount / HUNDREDTHS_PER_CREDIT;
}

/** US dollars as a plain number, for display only: 1 credit = $0.01. */
export function toDollars(amount: Hundredths): number {
  return amount / (HUNDREDTHS_PER_CREDIT * 100 * CREDITS_PER_CENT);
}

export function creditsBoughtBy(amount: Cents): Hundredths {
  return hundredths(amount * CREDITS_PER_CENT * HUNDREDTHS_PER_CREDIT);
}

/**
 * floor(numerator / denominator) for safe integers. Exact: a quotient that is not whole lies at
 * least 1 / denominator from the next whole number, more than the division's rounding error.
 */
export function floorDiv(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError("denominator must be positive");
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new RangeError("floorDiv takes safe integers");
  }
  return Math.floor(numerator / denominator);
}

/** numerator / denominator rounded half-up to a whole number, exactly. */
export function roundHalfUpDiv(numerator: number, denominator: number): number {
  return floorDiv(2 * numerator + denominator, 2 * denominator);
}
