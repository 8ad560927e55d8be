// The parts of the explorer below the price itself, loaded as one chunk after first paint.
export { BalancePanel } from "./BalancePanel";
export { ChartPanel } from "./ChartPanel";
export { Heatmap } from "./Heatmap";
export { MoneyNote } from "./MoneyNote";
