// A small static server for the production build, for the browser tests and the benchmark.
// It serves dist/ under a sub-path (/explorer/ by default), as a docs site would, with the
// CORS header that cross-origin module scripts need. Under /csp/ the same files come with a
// strict Content-Security-Policy.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const { values } = parseArgs({
  options: {
    root: { type: "string", default: "dist" },
    base: { type: "string", default: "/explorer/" },
    port: { type: "string", default: "4173" },
    host: { type: "string", default: "127.0.0.1" },
  },
});

const root = resolve(values.root);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

function fileFor(pathname) {
  const strict = pathname.startsWith("/csp/");
  const path = strict ? pathname.slice(4) : pathname;
  if (!path.startsWith(values.base)) return null;
  let relative = decodeURIComponent(path.slice(values.base.length));
  if (relative === "" || relative.endsWith("/")) relative += "index.html";
  const file = normalize(join(root, relative));
  return file.startsWith(root) ? { file, strict } : null;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (values.base !== "/" && (url.pathname === "/" || url.pathname === values.base.slice(0, -1))) {
    response.writeHead(302, { Location: values.base }).end();
    return;
  }
  const target = fileFor(url.pathname);
  try {
    if (!target) throw new Error("outside");
    const file = await readFile(target.file);
    const type = TYPES[extname(target.file)] ?? "application/octet-stream";
    // Compressed like any production host would: the benchmark's load times depend on it.
    const compress = /text|javascript|json|svg/.test(type) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    const body = compress ? gzipSync(file) : file;
    response.writeHead(200, {
      "Content-Type": type,
      ...(compress ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}),
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "no-cache",
      ...(target.strict ? { "Content-Security-Policy": STRICT_CSP } : {}),
    });
    response.end(body);
  } catch {
    response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}${values.base}`);
});
