import type { PriceInput } from "./input";
import { priceExtremes } from "./extremes";
import { creditsPerImage } from "./quote";
import type { PriceSchedule } from "./priceSchedule";
import { floorDiv, hundredths, type Hundredths } from "./units";

export interface BalanceOutcome {
  /** The largest whole number of images whose cost fits the balance. */
  readonly images: number;
  /** Whole generations of the chosen image count among those images. */
  readonly generations: number;
  /** What the balance keeps after those images. */
  readonly leftover: Hundredths;
}

export function imagesForBalance(
  balance: Hundredths,
  perImage: Hundredths,
  count: number,
): BalanceOutcome {
  const images = perImage > 0 ? floorDiv(balance, perImage) : 0;
  return {
    images,
    generations: Math.floor(images / Math.max(1, count)),
    leftover: hundredths(balance - images * perImage),
  };
}

export interface TableRange {
  /** Images the balance buys at the cheapest published cell. */
  readonly most: number;
  /** Images the balance buys at the dearest published cell. */
  readonly fewest: number;
}

/** How many images a balance buys across the whole published table (200: 1,000 to 7). */
export function imagesAcrossTable(schedule: PriceSchedule, balance: Hundredths): TableRange {
  const { low, high } = priceExtremes(schedule);
  return {
    most: imagesForBalance(balance, low, 1).images,
    fewest: imagesForBalance(balance, high, 1).images,
  };
}

/** What a new account's free credits bought at DreamStudio's default settings. */
export interface FreeCredits {
  readonly credits: Hundredths;
  readonly images: number;
}

export function freeCreditsBuy(schedule: PriceSchedule): FreeCredits {
  const credits = hundredths(schedule.freeCredits * 100);
  return { credits, images: imagesForBalance(credits, creditsPerImage(schedule, schedule.defaults), 1).images };
}

/** What the page says about a balance at the current settings. */
export interface BalanceQuote {
  readonly perImage: Hundredths;
  readonly outcome: BalanceOutcome;
  readonly range: TableRange;
  readonly free: FreeCredits;
}

export function quoteBalance(schedule: PriceSchedule, settings: PriceInput): BalanceQuote {
  const perImage = creditsPerImage(schedule, settings);
  return {
    perImage,
    outcome: imagesForBalance(settings.balance, perImage, settings.count),
    range: imagesAcrossTable(schedule, settings.balance),
    free: freeCreditsBuy(schedule),
  };
}
