import { toCredits, toDollars, type Hundredths } from "../pricing/units";

/**
 * The locale numbers are formatted in: the browser's first language that is a BCP 47 tag Intl
 * formats numbers for, else "en-US". A browser started under the C or POSIX locale (WebKitGTK
 * with LANG=C.UTF-8 reports navigator.language "C") would otherwise get money as "$ 0.01" and
 * 1,000 as "1000". The only place the explorer picks a locale: every formatter uses this.
 * supportedLocalesOf canonicalises each tag (as Intl.getCanonicalLocales does) and throws on one
 * that is not a tag ("C", "C.UTF-8", "en_US", ""); it returns none for a tag it has no data for.
 * (navigator.languages starts with navigator.language in every engine this runs in.) Kept this
 * small on purpose: the first chunk's budget (scripts/budget.mjs) had 11 bytes to spare.
 */
export function numberLocale(languages: readonly string[] = globalThis.navigator?.languages ?? []): string {
  for (const tag of languages) {
    try {
      const [supported] = Intl.NumberFormat.supportedLocalesOf(tag);
      if (supported && supported !== "posix") return supported;
    } catch {
      // Not a locale tag: try the next language.
    }
  }
  return "en-US";
}

export const READER_LOCALE = numberLocale();

// Numbers follow the reader's locale. Formatters are built once.
const twoDecimals = new Intl.NumberFormat(READER_LOCALE, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const whole = new Intl.NumberFormat(READER_LOCALE, { maximumFractionDigits: 0 });
// A credit is $0.01 and prices are whole hundredths of a credit, so four decimals of a
// dollar are exact; two are always shown, as a price reads.
const dollars = new Intl.NumberFormat(READER_LOCALE, {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});
const dollarsWhole = new Intl.NumberFormat(READER_LOCALE, {
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
    format = new Intl.NumberFormat(READER_LOCALE, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
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

const balanceFormat = new Intl.NumberFormat(READER_LOCALE, { maximumFractionDigits: 2 });

/** A balance as a person writes it: 200, 12.5, 1,000. */
export function formatBalance(amount: Hundredths): string {
  return balanceFormat.format(toCredits(amount));
}
