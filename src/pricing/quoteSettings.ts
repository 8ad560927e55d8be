import { imagesAcrossTable, imagesForBalance, type BalanceOutcome, type TableRange } from "./balance";
import type { Settings } from "./limits";
import { creditsPerImage, publishedCredits, totalCredits } from "./quote";
import type { PriceSchedule } from "./schedule";
import type { Hundredths } from "./units";

/** Everything the page says about one set of settings. */
export interface Quote {
  readonly perImage: Hundredths;
  readonly total: Hundredths;
  /** The table's printed figure when the settings are a published cell, else null. */
  readonly published: number | null;
  readonly balance: BalanceOutcome;
  readonly range: TableRange;
}

export function quoteSettings(schedule: PriceSchedule, settings: Settings): Quote {
  const perImage = creditsPerImage(schedule, settings);
  return {
    perImage,
    total: totalCredits(perImage, settings.count),
    published: publishedCredits(schedule, settings),
    balance: imagesForBalance(settings.balance, perImage, settings.count),
    range: imagesAcrossTable(schedule, settings.balance),
  };
}
