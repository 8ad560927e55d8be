// The parts below the price, handed to the explorer by its host: the standalone page loads their
// code after its first paint (./partsAfterPaint), an embed has them from its first render
// (./partsAtOnce), so that its box never grows under the host page's text.
import { createContext, use, type ComponentProps as Props, type ComponentType as Component } from "react";
import type { BalancePanel } from "./BalancePanel";
import type { ChartPanel } from "./ChartPanel";
import type { ComparePanel } from "./ComparePanel";
import type { Heatmap } from "./Heatmap";
import type { MoneyNote } from "./MoneyNote";
import type { PriceBar } from "./PriceBar";
import type { ScheduleSwitch } from "./ScheduleSwitch";
import type { ThemeSwitch } from "./ThemeSwitch";

export interface LateParts {
  readonly BalancePanel: Component<Props<typeof BalancePanel>>;
  readonly Heatmap: Component<Props<typeof Heatmap>>;
  readonly ChartPanel: Component<Props<typeof ChartPanel>>;
  readonly ComparePanel: Component<Props<typeof ComparePanel>>;
  readonly ScheduleSwitch: Component<Props<typeof ScheduleSwitch>>;
  readonly PriceBar: Component<Props<typeof PriceBar>>;
  readonly MoneyNote: Component<Props<typeof MoneyNote>>;
  readonly ThemeSwitch: Component<Props<typeof ThemeSwitch>>;
}

export const LatePartsContext = createContext<LateParts | null>(null);

export function useLateParts(): LateParts {
  const parts = use(LatePartsContext);
  if (!parts) throw new Error("The explorer rendered without its parts: its host provides LatePartsContext.");
  return parts;
}
