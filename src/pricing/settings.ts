import { hundredths, type Hundredths } from "./units";

/** The settings DreamStudio and its API accepted in 2022. */
export const LIMITS = {
  steps: { min: 10, max: 150, step: 1 },
  side: { min: 512, max: 1024, step: 64 },
  count: { min: 1, max: 10, step: 1 },
  /** 10,000,000 credits, in hundredths. */
  balance: { min: hundredths(0), max: hundredths(1_000_000_000) },
} as const;

export interface Settings {
  readonly steps: number;
  readonly width: number;
  readonly height: number;
  readonly count: number;
  readonly balance: Hundredths;
}
