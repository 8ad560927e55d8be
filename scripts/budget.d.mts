import type { Page } from "playwright-core";
export declare const BUDGET: { initialJs: number; embedJs: number };
export declare function gzipSize(path: string): number;
export declare function scriptsBeforeFirstRender(page: Page, base: string): Promise<string[]>;
