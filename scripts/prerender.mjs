// Builds src/prerender.tsx for Node and writes its markup into dist/index.html's #root.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const outDir = "node_modules/.tmp/prerender";
execFileSync("npx", ["vite", "build", "--ssr", "src/prerender.tsx", "--outDir", outDir, "--logLevel", "error"], {
  stdio: "inherit",
});
const { prerender } = await import(pathToFileURL(`${outDir}/prerender.js`).href);
const page = "dist/index.html";
const html = readFileSync(page, "utf8");
const empty = '<div id="root"></div>';
if (!html.includes(empty)) throw new Error(`${page} has no empty #root to fill`);
// The first screen is in the HTML, so the page's script does not gate the first paint: it may
// load after the stylesheet rather than compete with it.
const withScriptsLater = html.replaceAll('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin');
// Before the first paint, first-paint.js hides the prerendered defaults when the address may
// carry other settings, until the app's first commit has put them on the page (src/main.tsx).
// A blocking script, so that it runs before anything is painted; same-origin, so that a strict
// Content-Security-Policy allows it; and as small as it can be, since it counts in the budget.
// It also marks the page inside an iframe (embed=1), whose background must be the host's from the
// first frame (src/index.css).
writeFileSync(
  "dist/first-paint.js",
  'var d=document.documentElement,s=location.search;if(s)d.setAttribute("data-pending","");if(/[?&]embed=1(&|$)/.test(s))d.setAttribute("data-embed","")\n',
);
const hideUntilRead = withScriptsLater.replace("</head>", '  <script src="./first-paint.js"></script>\n  </head>');
writeFileSync(page, hideUntilRead.replace(empty, `<div id="root">${prerender()}</div>`));
console.log(`Prerendered the first screen into ${page}.`);
