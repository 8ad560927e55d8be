import type { Context } from "./common.ts";
export function fitCases(_ctx: () => Context): void {}
