// The two origins the cases need: the production build (dist/) under /explorer/ on 127.0.0.1,
// and a "docs site" on localhost whose pages each case writes itself.
import type { ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import { serve } from "../scripts/lib/server.mjs";

export interface Origins {
  /** The explorer's base URL, ending in /explorer/. */
  readonly explorer: string;
  /** The host site's origin (no trailing slash). */
  readonly host: string;
  /** A URL on the host origin that answers with `html`. */
  page(html: string, name?: string): string;
  close(): Promise<void>;
}

export function hostPage(body: string, head = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Docs</title>${head}</head><body>${body}</body></html>`;
}

export async function startOrigins(explorerPort: number, hostPort: number): Promise<Origins> {
  const explorerServer: ChildProcess = await serve("dist", "/explorer/", explorerPort);
  const hostServer: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const body = url.searchParams.get("html");
    if (body === null) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    response.end(Buffer.from(body, "base64url").toString("utf8"));
  });
  await new Promise<void>((resolve) => hostServer.listen(hostPort, "127.0.0.1", resolve));
  const host = `http://localhost:${hostPort}`;
  return {
    explorer: `http://127.0.0.1:${explorerPort}/explorer/`,
    host,
    page: (html, name = "page.html") => `${host}/${name}?html=${Buffer.from(html).toString("base64url")}`,
    async close() {
      explorerServer.kill();
      await new Promise<void>((resolve) => hostServer.close(() => resolve()));
    },
  };
}
