import { toCredits, toDollars, type Hundredths } from "../pricing/units";

// Numbers follow the reader's locale (undefined = the browser's). Formatters are built once.
const twoDecimals = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const oneDecimal = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
// A credit is $0.01 and prices are whole hundredths of a credit, so four decimals of a
// dollar are exact; two are always shown, as a price reads.
const dollars = new Intl.NumberFormat(undefined, {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});
const dollarsWhole = new Intl.NumberFormat(undefined, {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});

/** Credits with two decimals, as DreamStudio showed them: 0.48. */
export function formatCredits(amount: Hundredths): string {
  return twoDecimals.format(toCredits(amount));
}

/** A figure as the published table prints it, with one decimal: 0.5. */
export function formatPrinted(credits: number): string {
  return oneDecimal.format(credits);
}

export function formatCount(value: number): string {
  return whole.format(value);
}

export function formatDollars(amount: Hundredths): string {
  return dollars.format(toDollars(amount));
}

export function formatWholeDollars(value: number): string {
  return dollarsWhole.format(value);
}

export function formatSize(width: number, height: number): string {
  return `${width} × ${height}`;
}

export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

const balanceFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** A balance as a person writes it: 200, 12.5, 1,000. */
export function formatBalance(amount: Hundredths): string {
  return balanceFormat.format(toCredits(amount));
}
