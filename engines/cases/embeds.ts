import type { Context } from "./common.ts";
export function embedCases(_ctx: () => Context): void {}
