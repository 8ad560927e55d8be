// Starting the production build's static server (scripts/serve.mjs) from another script.
import { spawn, spawnSync } from "node:child_process";

/** Runs a command to completion, its output hidden unless it fails. */
export function run(command, args) {
  const result = spawnSync(command, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

/** Serves `root` under `base` on `port`; resolves once it answers. Stop it with .kill(). */
export async function serve(root, base, port) {
  const child = spawn("node", ["scripts/serve.mjs", "--root", root, "--base", base, "--port", String(port)], {
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).status < 500) return child;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`${url} did not come up`);
}
