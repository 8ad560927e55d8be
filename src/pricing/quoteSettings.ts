import { imagesAcrossTable, imagesForBalance, type BalanceOutcome, type TableRange } from "./balance";
import type { Settings } from "./limits";
import { creditsPerImage, publishedCredits, totalCredits } from "./quote";
import type { PriceSchedule } from "./schedule";
import type { Hundredths } from "./units";

/** What one set of settings costs. */
export interface Cost {
  readonly perImage: Hundredths;
  readonly total: Hundredths;
  /** The table's printed figure when the settings are a published cell, else null. */
  readonly published: number | null;
}

/** Everything the page says about one set of settings. */
export interface Quote extends Cost {
  readonly balance: BalanceOutcome;
  readonly range: TableRange;
}

export function quoteCost(schedule: PriceSchedule, settings: Settings): Cost {
  const perImage = creditsPerImage(schedule, settings);
  return {
    perImage,
    total: totalCredits(perImage, settings.count),
    published: publishedCredits(schedule, settings),
  };
}

export function quoteSettings(schedule: PriceSchedule, settings: Settings): Quote {
  const cost = quoteCost(schedule, settings);
  return {
    ...cost,
    balance: imagesForBalance(settings.balance, cost.perImage, settings.count),
    range: imagesAcrossTable(schedule, settings.balance),
  };
}
