import type { ChildProcess } from "node:child_process";
export declare function run(command: string, args: readonly string[]): void;
export declare function serve(root: string, base: string, port: number): Promise<ChildProcess>;
