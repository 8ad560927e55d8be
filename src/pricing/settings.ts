import { balanceFromCredits } from "./decimal";
import { DEFAULT_SETTINGS, LIMITS, type Settings } from "./limits";
import type { Hundredths } from "./units";

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function orDefault(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/** Whole steps from 10 to 150; a value that is not a finite number takes the default. */
export function clampSteps(value: number): number {
  const { min, max } = LIMITS.steps;
  return clamp(Math.round(orDefault(value, DEFAULT_SETTINGS.steps)), min, max);
}

/** The nearest multiple of 64 from 512 to 1024. */
export function clampSide(value: number, fallback = DEFAULT_SETTINGS.width): number {
  const { min, max, step } = LIMITS.side;
  return clamp(Math.round(orDefault(value, fallback) / step) * step, min, max);
}

export function clampCount(value: number): number {
  const { min, max } = LIMITS.count;
  return clamp(Math.round(orDefault(value, DEFAULT_SETTINGS.count)), min, max);
}

/** A balance in credits, rounded down to the hundredth and clamped. */
export function clampBalance(credits: number): Hundredths {
  return balanceFromCredits(credits) ?? DEFAULT_SETTINGS.balance;
}

function clampBalanceHundredths(value: number): Hundredths {
  return clampBalance(orDefault(value, DEFAULT_SETTINGS.balance) / 100);
}

/** Brings any settings into range. Idempotent: settings in range come back unchanged. */
export function normalizeSettings(settings: Settings): Settings {
  return {
    steps: clampSteps(settings.steps),
    width: clampSide(settings.width, DEFAULT_SETTINGS.width),
    height: clampSide(settings.height, DEFAULT_SETTINGS.height),
    count: clampCount(settings.count),
    balance: clampBalanceHundredths(settings.balance),
  };
}
