import { creditsPerImage } from "./quote";
import type { PriceSchedule } from "./priceSchedule";
import type { PriceInput } from "./input";
import { cents, creditsBoughtBy, floorDiv, hundredths, type Cents, type Hundredths } from "./units";

/** Credits were sold in $10 steps (1,000 credits each). */
export const TOP_UP_STEP: Cents = cents(1_000);

/** What buying a number of images at one price takes, against a balance. */
export interface PurchasePlan {
  readonly perImage: Hundredths;
  /** Images wanted × credits per image, exact. */
  readonly needed: Hundredths;
  /** What the balance lacks for them: 0 when it covers them. */
  readonly shortfall: Hundredths;
  /** The smallest top-up in $10 steps that covers the shortfall: 0 when there is none. */
  readonly topUp: Cents;
  /** The credits that top-up buys. */
  readonly topUpCredits: Hundredths;
}

export function planPurchase(balance: Hundredths, perImage: Hundredths, wanted: number): PurchasePlan {
  const needed = hundredths(perImage * wanted);
  const shortfall = hundredths(Math.max(0, needed - balance));
  const step = creditsBoughtBy(TOP_UP_STEP);
  const steps = floorDiv(shortfall + step - 1, step);
  const topUp = cents(steps * TOP_UP_STEP);
  return { perImage, needed, shortfall, topUp, topUpCredits: creditsBoughtBy(topUp) };
}

/** The plan for the images wanted at the current settings. */
export function quotePlan(schedule: PriceSchedule, settings: PriceInput): PurchasePlan {
  return planPurchase(settings.balance, creditsPerImage(schedule, settings), settings.wanted);
}
