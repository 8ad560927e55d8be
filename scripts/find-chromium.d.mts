export declare function findChromium(): { path: string; source: string } | null;
export declare const NO_CHROMIUM_MESSAGE: string;
export declare const CHROMIUM_ARGS: string[];
