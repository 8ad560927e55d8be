import type { Context } from "./common.ts";
export function paintCases(_ctx: () => Context): void {}
