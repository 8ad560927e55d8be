import { lazy } from "react";
import type { LateParts } from "./lateParts";

/** All the parts come in one module, loaded on the first render of any of them. */
const all = () => import("./partsAtOnce").then((m) => m.PARTS_AT_ONCE);

/** A part that loads with the others on its first render. */
const late = <K extends keyof LateParts>(name: K) => lazy<LateParts[K]>(() => all().then((parts) => ({ default: parts[name] })));

/** The parts, loaded after the standalone page's first paint: 8,281 B (gzip -9) out of its first chunk. */
export const PARTS_AFTER_PAINT: LateParts = {
  BalancePanel: late("BalancePanel"),
  Heatmap: late("Heatmap"),
  ChartPanel: late("ChartPanel"),
  ComparePanel: late("ComparePanel"),
  ScheduleSwitch: late("ScheduleSwitch"),
  PriceBar: late("PriceBar"),
  MoneyNote: late("MoneyNote"),
  ThemeSwitch: late("ThemeSwitch"),
};
