import type { ReactNode } from "react";
import { RenderAtOnce } from "../ui/Deferred";
import { BalancePanel } from "./BalancePanel";
import { ChartPanel } from "./ChartPanel";
import { ComparePanel } from "./ComparePanel";
import { Heatmap } from "./Heatmap";
import { LatePartsContext, type LateParts } from "./lateParts";
import { MoneyNote } from "./MoneyNote";
import { PriceBar } from "./PriceBar";
import { ScheduleSwitch } from "./ScheduleSwitch";
import { ThemeSwitch } from "./ThemeSwitch";

/**
 * The parts below the price, in one module: an embed imports it, so its first render is as tall
 * as it stays; the standalone page loads it after its first paint.
 */
export const PARTS_AT_ONCE: LateParts = {
  BalancePanel,
  Heatmap,
  ChartPanel,
  ComparePanel,
  ScheduleSwitch,
  PriceBar,
  MoneyNote,
  ThemeSwitch,
};

/** Renders the explorer inside with every part in its first commit. */
export function PartsAtOnce({ children }: { children: ReactNode }) {
  return (
    <RenderAtOnce value>
      <LatePartsContext value={PARTS_AT_ONCE}>{children}</LatePartsContext>
    </RenderAtOnce>
  );
}
