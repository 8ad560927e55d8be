import { imagesAcrossTable, imagesForBalance, type BalanceOutcome, type TableRange } from "./balance";
import type { Settings } from "./limits";
import { quoteCost, type Cost } from "./quote";
import type { PriceSchedule } from "./schedule";

/** Everything the page says about one set of settings. */
export interface Quote extends Cost {
  readonly balance: BalanceOutcome;
  readonly range: TableRange;
}

export function quoteSettings(schedule: PriceSchedule, settings: Settings): Quote {
  const cost = quoteCost(schedule, settings);
  return {
    ...cost,
    balance: imagesForBalance(settings.balance, cost.perImage, settings.count),
    range: imagesAcrossTable(schedule, settings.balance),
  };
}
