// The parts below the price. The standalone page loads their code after its first paint, into
// space held for them, so that its first render stays small; an embed has them from its first
// render, so that its box never grows under the host page's text.
import { createContext, lazy, type ComponentProps as Props, type ComponentType as Component } from "react";
import type { BalancePanel } from "./BalancePanel";
import type { StateChart } from "./ChartPanel";
import type { ComparePanel } from "./ComparePanel";
import type { Heatmap } from "./Heatmap";
import type { MoneyNote } from "./MoneyNote";
import type { PriceBar } from "./PriceBar";
import type { ScheduleSwitch } from "./ScheduleSwitch";
import type { ThemeSwitch } from "./ThemeSwitch";

export interface LateParts {
  readonly BalancePanel: Component<Props<typeof BalancePanel>>;
  readonly Heatmap: Component<Props<typeof Heatmap>>;
  readonly StateChart: Component<Props<typeof StateChart>>;
  readonly ComparePanel: Component<Props<typeof ComparePanel>>;
  readonly ScheduleSwitch: Component<Props<typeof ScheduleSwitch>>;
  readonly PriceBar: Component<Props<typeof PriceBar>>;
  readonly MoneyNote: Component<Props<typeof MoneyNote>>;
  readonly ThemeSwitch: Component<Props<typeof ThemeSwitch>>;
}

/** All the parts come in one module, loaded on the first render of any of them. */
const all = () => import("./partsAtOnce").then((m) => m.PARTS_AT_ONCE);

/** A part that loads with the others on its first render. */
const late = <K extends keyof LateParts>(name: K) => lazy<LateParts[K]>(() => all().then((parts) => ({ default: parts[name] })));

export const LOADED_AFTER_PAINT: LateParts = {
  BalancePanel: late("BalancePanel"),
  Heatmap: late("Heatmap"),
  StateChart: late("StateChart"),
  ComparePanel: late("ComparePanel"),
  ScheduleSwitch: late("ScheduleSwitch"),
  PriceBar: late("PriceBar"),
  MoneyNote: late("MoneyNote"),
  ThemeSwitch: late("ThemeSwitch"),
};

export const LatePartsContext = createContext<LateParts>(LOADED_AFTER_PAINT);
