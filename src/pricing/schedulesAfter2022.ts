// The schedules that followed the 2022 table (docs/source/pricing-eras.md), copied from their
// sources; schedules.test.ts checks every printed cell against its model.
import type { PriceSchedule } from "./priceSchedule";
import { DREAMSTUDIO_2022, PLATFORM, STEPS } from "./schedule2022";

/** After DreamStudio's price cut of 1 December 2022 (Stable Diffusion 1.5 and 2.1). */
export const DECEMBER_2022: PriceSchedule = {
  id: "2022-12",
  name: "Stable Diffusion 1.5 and 2.1",
  period: "from December 2022",
  dates: "from 1 December 2022 (DreamStudio’s cost cut) to at least August 2023",
  sources: [
    { title: "Stability’s credits page, pricing table", url: `${PLATFORM}/2938f7e0b4cf7e9acb6dcb4336c15e29a6eacc6f/packages/app/src/Documentation/GettingStarted/CreditsAndBilling.md` },
    { title: "Stability’s pricing calculator, Stable Diffusion 1.5 and 2.1", url: `${PLATFORM}/b2ab30ca9df58dde066c0408b0fb3a58fab64bec/packages/app/src/Pricing/index.tsx` },
  ],
  ranges: { steps: STEPS, side: { min: 512, max: 1024, step: 64 } },
  freeCredits: 100,
  // "100 free credits … enough for 500 images at default settings": 0.2 credits each.
  defaults: { steps: 30, width: 512, height: 512 },
  grid: {
    steps: [15, 30, 50, 100, 150],
    sizes: [
      { width: 512, height: 512 },
      { width: 512, height: 768 },
      { width: 512, height: 1024 },
      { width: 768, height: 768 },
      { width: 768, height: 1024 },
      { width: 1024, height: 1024 },
    ],
    cells: [
      ["0.1", "0.3", "0.4", "0.5", "0.7", "1.0"],
      ["0.2", "0.5", "0.8", "1.0", "1.4", "1.9"],
      ["0.4", "0.9", "1.3", "1.6", "2.3", "3.2"],
      ["0.7", "1.7", "2.6", "3.1", "4.5", "6.4"],
      ["1.0", "2.5", "3.9", "4.6", "6.7", "9.5"],
    ],
    rounding: { rule: "half-up-then-up", first: 3, decimals: 1 },
  },
  model: { kind: "pixel-formula", pixelOffset: 169_527, stepsDivisor: 30, rate: "2.16e-6" },
  notes: [
    "Prices off the table come from Stability’s own formula: (width × height − 169,527) × steps ÷ 30 × 0.00000216 credits.",
    "The table rounds each price up to 0.1 credit, after rounding it to 0.001.",
  ],
};

/** The SDXL beta model (stable-diffusion-xl-beta-v2-2-2, "SDXL 0.8"). */
export const SDXL_BETA: PriceSchedule = {
  id: "sdxl-beta",
  name: "SDXL beta",
  period: "from April 2023",
  dates: "in the API from 14 April 2023; its table was in Stability’s docs by 22 June 2023",
  sources: [
    { title: "Stability’s credits page, SDXL pricing table", url: `${PLATFORM}/2938f7e0b4cf7e9acb6dcb4336c15e29a6eacc6f/packages/app/src/Documentation/GettingStarted/CreditsAndBilling.md` },
    { title: "Stability’s pricing calculator, Stable Diffusion XL 0.8", url: `${PLATFORM}/8ae0b922e5e8e1650745fee1aaf1caaca98a4291/packages/app/src/Pricing/index.tsx` },
  ],
  ranges: { steps: STEPS, side: { min: 512, max: 896, step: 64 } },
  freeCredits: 25,
  // "25 free credits represent 30 images generated at DreamStudio's default settings".
  defaults: { steps: 50, width: 512, height: 512 },
  grid: {
    steps: [15, 30, 50, 100, 150],
    sizes: [
      { width: 512, height: 512 },
      { width: 640, height: 512 },
      { width: 768, height: 512 },
      { width: 896, height: 512 },
      { width: 512, height: 640 },
      { width: 512, height: 768 },
      { width: 512, height: 896 },
    ],
    cells: [
      ["0.25", "0.43", "0.6", "0.78", "0.43", "0.6", "0.78"],
      ["0.50", "0.85", "1.21", "1.56", "0.85", "1.21", "1.56"],
      ["0.83", "1.42", "2.01", "2.60", "1.42", "2.01", "2.60"],
      ["1.67", "2.85", "4.03", "5.21", "2.85", "4.03", "5.21"],
      ["2.50", "4.27", "6.04", "7.81", "4.27", "6.04", "7.81"],
    ],
    rounding: { rule: "half-up", decimals: 2 },
  },
  model: { kind: "pixel-formula", pixelOffset: 169_527, stepsDivisor: 30, rate: "5.4e-6" },
  notes: [
    "Prices off the table come from Stability’s formula: (width × height − 169,527) × steps ÷ 30 × 0.0000054 credits.",
    "Stability’s docs give 896 × 512 and 512 × 896 as the largest sizes; every size in the table has a side of 512.",
  ],
};

/** SDXL 0.9 and 1.0: a price by steps alone. */
export const SDXL_1: PriceSchedule = {
  id: "sdxl",
  name: "SDXL 1.0",
  period: "from July 2023",
  dates: "SDXL 0.9 from 27 June 2023, SDXL 1.0 from 26 July 2023",
  sources: [
    { title: "Stability’s pricing calculator, Stable Diffusion XL 1.0 and 0.9", url: `${PLATFORM}/b2ab30ca9df58dde066c0408b0fb3a58fab64bec/packages/app/src/Pricing/index.tsx` },
    { title: "Stability’s API docs: the image sizes SDXL 0.9 and 1.0 accept", url: `${PLATFORM}/36279136aa06aa2766d5dee0f1fa7723ee548a9a/packages/app/src/Documentation/Features/APIParameters.md` },
  ],
  // The API accepted nine sizes from 640 × 1536 to 1536 × 640; the price ignores the size.
  ranges: { steps: STEPS, side: { min: 640, max: 1536, step: 64 } },
  freeCredits: 25,
  // "$10 per 1,000 credits … enough for roughly 500 SDXL images": 2 credits at 50 steps.
  defaults: { steps: 50, width: 1024, height: 1024 },
  grid: {
    steps: [30, 40, 50],
    sizes: [{ width: 1024, height: 1024 }],
    cells: [["1.6"], ["1.8"], ["2.0"]],
    rounding: { rule: "half-up", decimals: 2 },
  },
  model: {
    kind: "step-polynomial",
    fixed: [
      [30, "1.6"],
      [40, "1.8"],
      [50, "2.0"],
    ],
    multiplier: 100,
    coefficients: ["0.0122", "0.000127", "0.000000623"],
  },
  notes: [
    "The size does not change the price. Other step counts use the calculator’s formula: 100 × (0.0122 + 0.000127 × steps + 0.000000623 × steps²).",
    "As published, the price falls where the formula meets a fixed price: 29 steps cost 1.64 and 30 steps 1.60; 39 steps cost 1.81 and 40 steps 1.80 (40 steps from 26 July 2023).",
  ],
};

/** Every schedule, oldest first; the first is the default. */
export const SCHEDULES: readonly PriceSchedule[] = [DREAMSTUDIO_2022, DECEMBER_2022, SDXL_BETA, SDXL_1];
