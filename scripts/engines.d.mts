export type EngineName = "chromium" | "firefox" | "webkit";
export type ChromiumFound = { engine: "chromium"; driver: "playwright"; path: string; source: string };
export type FirefoxFound = { engine: "firefox"; driver: "puppeteer" | "playwright"; path: string; source: string };
export type WebKitFound =
  | { engine: "webkit"; driver: "selenium"; path: string; webdriver: string; xvfb: string; source: string }
  | { engine: "webkit"; driver: "playwright"; path: string; source: string };
export type Found = ChromiumFound | FirefoxFound | WebKitFound;
export declare function onPath(name: string): string | null;
export declare function findMiniBrowser(): string | null;
export declare function findChromiumEngine(): ChromiumFound | null;
export declare function findFirefox(): FirefoxFound | null;
export declare function findWebKit(): WebKitFound | null;
export declare function findEngine(engine: EngineName): Found | null;
export declare function ensureEngines(
  engines: readonly EngineName[],
  log: (line: string) => void,
): { engine: string; reason: string }[];
