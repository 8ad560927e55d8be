import { DEFAULT_SETTINGS, type Settings } from "../pricing";

/** What the heatmap cells show. */
export type HeatmapView = "credits" | "images" | "usd";
export type Theme = "light" | "dark" | "auto";

export const HEATMAP_VIEWS: readonly HeatmapView[] = ["credits", "images", "usd"];
export const THEMES: readonly Theme[] = ["auto", "light", "dark"];

/** Everything a person can set on the page, and all that a shared link carries. */
export interface ExplorerState extends Settings {
  readonly view: HeatmapView;
  readonly theme: Theme;
}

export const DEFAULT_STATE: ExplorerState = { ...DEFAULT_SETTINGS, view: "credits", theme: "auto" };

export type StatePatch = Partial<ExplorerState>;
