// The schedules that primary sources support (docs/source/pricing-eras.md), copied from their
// sources; schedules.test.ts checks every printed cell against its model. The 2022 table is the
// default, and is here; the three that followed are in ./schedulesAfter2022, which loads after the
// first paint.
import type { PriceSchedule } from "./priceSchedule";

export const STEPS = { min: 10, max: 150, step: 1 };
export const PLATFORM = "https://github.com/le-si/platform/blob";

/** DreamStudio's "Credits + Billing" page, 2022 (docs/source/credits-and-billing.md). */
export const DREAMSTUDIO_2022: PriceSchedule = {
  id: "2022",
  name: "DreamStudio 2022",
  period: "2022",
  dates: "2022, until the price cut of 1 December 2022",
  sources: [
    { title: "DreamStudio “Credits + Billing” page, 2022 (copy kept in Stability’s platform repository)", url: `${PLATFORM}/aea178fdb3d48d1560beba9ae013124db1d9af8e/packages/app/src/Markdown/Pages/CreditsAndBilling.md` },
  ],
  ranges: { steps: STEPS, side: { min: 512, max: 1024, step: 64 } },
  freeCredits: 200,
  defaults: { steps: 50, width: 512, height: 512 },
  grid: {
    steps: [10, 25, 50, 75, 100, 150],
    sizes: [
      { width: 512, height: 512 },
      { width: 512, height: 768 },
      { width: 512, height: 1024 },
      { width: 768, height: 768 },
      { width: 768, height: 1024 },
      { width: 1024, height: 1024 },
    ],
    cells: [
      ["0.2", "0.5", "0.8", "0.9", "1.3", "1.9"],
      ["0.5", "1.2", "1.9", "2.3", "3.3", "4.7"],
      ["1.0", "2.4", "3.8", "4.6", "6.6", "9.4"],
      ["1.5", "3.6", "5.7", "6.9", "9.9", "14.1"],
      ["2.0", "4.8", "7.6", "9.2", "13.2", "18.8"],
      ["3.0", "7.2", "11.4", "13.8", "19.8", "28.2"],
    ],
    rounding: { rule: "half-up", decimals: 1 },
  },
  model: { kind: "table-interpolation", referenceSteps: 50 },
  notes: [
    "The table gives six sizes at six step counts. Other settings are estimates: proportional to steps, and linear in pixels between the published sizes, which reproduces every cell.",
  ],
};

/** The ids of every schedule, oldest first, for reading a link before the others have loaded. */
export const SCHEDULE_IDS = ["2022", "2022-12", "sdxl-beta", "sdxl"] as const;
