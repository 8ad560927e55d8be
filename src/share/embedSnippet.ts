// The code a docs author pastes, for the tool their docs are written in: the iframe in the page's
// own markup, sized before any script runs (so that it works, scrolling inside, where scripts are
// stripped), and embed.js, which sizes it to its content and passes on the page's light or dark
// scheme. Where a generator would drop or move a script in the page, the script goes in its
// config, and the code's first line says so. The frame's color-scheme is light whatever the
// explorer shows, as its document's is (src/index.css): on a dark page, an iframe element of
// another scheme than its document's gets an opaque light or dark backdrop from the browser.
import { embedHeight } from "../layout/embedHeight";
import { TWO_COLUMNS } from "../layout/reservedHeight";
import { EMBED_CARDS } from "../layout/reservedHeights";
import { writeState } from "../settings/query";
import type { ExplorerState } from "../settings/settings";

export const EMBED_TARGETS = ["HTML", "Docusaurus", "VitePress", "MkDocs", "Starlight", "Sphinx (reST)", "Sphinx (MyST)"] as const;
export type EmbedTarget = (typeof EMBED_TARGETS)[number];

/** What the author does besides pasting, in a sentence for the page. */
export const EMBED_SETUP: Record<EmbedTarget, string> = {
  HTML: "Paste it where the explorer goes. Nothing else is needed.",
  Docusaurus: "Paste it in an .mdx page, and add embed.js to scripts in docusaurus.config.js once, as its first line says.",
  VitePress: "Paste it in a Markdown page, and add embed.js to head in .vitepress/config once, as its first line says.",
  MkDocs: "Paste it in a Markdown page. Nothing else is needed.",
  Starlight: "Paste it in a .md or .mdx page. Nothing else is needed.",
  "Sphinx (reST)": "Paste it in an .rst page: a raw block for HTML output. Nothing else is needed.",
  "Sphinx (MyST)": "Paste it in a MyST Markdown page: a raw block for HTML output. Nothing else is needed.",
};

/** The frame's width on a phone, and in a docs page's column: the reserved heights' two cases, as measured. */
const PHONE_FRAME = EMBED_CARDS.narrow.frame;
const DOCS_FRAME = EMBED_CARDS.wide.frame;
/** Below this window width, the page's column is a phone's. */
const PHONE_WINDOW = TWO_COLUMNS + 64;

function escapeAttribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

/**
 * The frame's height before embed.js sizes it, for these settings and parts: a phone's one column
 * below 640 px of window, a docs column's two above (CSS has no if; a huge factor turns the sign
 * of the difference into one height or the other).
 */
export function reservedHeightRule(state: ExplorerState): string {
  const wide = embedHeight(DOCS_FRAME, state);
  const narrow = embedHeight(PHONE_FRAME, state);
  return `max(${wide}px, min(${narrow}px, (${PHONE_WINDOW}px - 100vw) * 1000))`;
}

/** The snippet for a target, reproducing the state, with the explorer at `base` (its folder's URL). */
export function embedSnippet(target: EmbedTarget, state: ExplorerState, base: string): string {
  const query = new URLSearchParams([["embed", "1"], ...writeState(state)]);
  const src = escapeAttribute(new URL(`index.html?${query.toString()}`, base).href);
  const script = escapeAttribute(new URL("embed.js", base).href);
  const height = reservedHeightRule(state);
  const frame = (style: string) =>
    `<iframe data-pricing-explorer="" src="${src}" title="Credit pricing explorer" loading="lazy" style=${style}></iframe>`;
  const iframe = frame(`"display: block; width: 100%; height: ${height}; border: 0; color-scheme: light"`);
  const html = [iframe, `<script src="${script}" async></script>`];
  switch (target) {
    case "Docusaurus":
      return [
        `{/* Once, in docusaurus.config.js: scripts: [{src: "${script}", async: true}], */}`,
        frame(`{{display: "block", width: "100%", height: "${height}", border: 0, colorScheme: "light"}}`),
      ].join("\n");
    case "VitePress":
      return [
        `<!-- Once, in .vitepress/config: head: [["script", {src: "${script}", async: ""}]], -->`,
        iframe,
      ].join("\n");
    case "HTML":
    case "MkDocs":
    case "Starlight":
      return html.join("\n");
    // reStructuredText prints HTML written in a page as text: the raw directive passes it to HTML
    // output (and leaves it out of PDF). MyST takes the same directive, fenced.
    case "Sphinx (reST)":
      return [".. raw:: html", "", ...html.map((line) => `   ${line}`)].join("\n");
    case "Sphinx (MyST)":
      return ["```{raw} html", ...html, "```"].join("\n");
  }
}
