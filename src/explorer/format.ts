import { toCredits, toDollars, type Hundredths } from "../pricing/units";

// Numbers follow the reader's locale (undefined = the browser's). Formatters are built once.
const twoDecimals = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
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

const byDecimals = new Map<number, Intl.NumberFormat>();

/** A figure as a source printed it ("0.5", "0.50"), with as many decimals, in the reader's locale. */
export function formatPrinted(printed: string): string {
  const decimals = printed.split(".")[1]?.length ?? 0;
  let format = byDecimals.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    byDecimals.set(decimals, format);
  }
  return format.format(Number(printed));
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
