// The README and docs/ name files of the repository (scripts, tests, images, each other). A name
// that outlives its file sends a reader nowhere, as `src/share/params.ts` did once it was deleted,
// so every such name must exist on disk. And the project documents its own interface: no page
// may lean on a contract file outside the repository.
// A Node-side test: type-checked with tsconfig.node.json, not with the app's browser code.
// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { SETTINGS } from "./settings/settings";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function markdownUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return markdownUnder(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

const DOCUMENTS = ["README.md", ...markdownUnder("docs")];

// A repository path: starts with one of the repository's top-level folders (or is .ci/run), and
// is not the tail of a URL or of a longer path (`https://…/packages/app/src/…`, `dist/examples/…`).
const TOP_LEVEL = ["src", "scripts", "e2e", "docs", "public", "bench", "examples", "\\.ci"];
const REPO_PATH = new RegExp(`(?<![\\w./~-])(?:${TOP_LEVEL.join("|")})/[\\w./-]*[\\w/]`, "g");
// Markdown links and images: [text](target) and ![alt](target).
const LINK = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/** Repository paths a document names, relative to the repository's root. */
function repositoryPaths(text: string): string[] {
  return [...text.matchAll(REPO_PATH)].map((match) => match[0]);
}

/** Local targets of a document's Markdown links and images: a path ("" for the page itself), a #fragment. */
function localLinks(text: string): string[] {
  return [...text.matchAll(LINK)].map((match) => match[1] ?? "").filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
}

/** The anchors of a Markdown page's headings, as GitHub makes them ("`embed.js` alone": embedjs-alone). */
function headingAnchors(text: string): Set<string> {
  const outsideCode = text.replace(/^```[\s\S]*?^```/gm, "");
  return new Set(
    [...outsideCode.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) =>
      (match[1] ?? "").trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, "").replaceAll(" ", "-"),
    ),
  );
}

/** A document's local links whose file, or whose heading in a Markdown file, does not exist. */
function brokenLinks(document: string): string[] {
  const text = readFileSync(join(ROOT, document), "utf8");
  return localLinks(text).filter((target) => {
    const [path = "", fragment] = target.split("#");
    const file = path ? join(dirname(document), path) : document;
    if (!existsSync(join(ROOT, file))) return true;
    if (!fragment || !file.endsWith(".md")) return false;
    return !headingAnchors(readFileSync(join(ROOT, file), "utf8")).has(fragment);
  });
}

describe("the paths the documents name", () => {
  test("the scanner finds repository paths, and leaves URLs and build output alone", () => {
    expect(repositoryPaths("Run `scripts/serve.mjs`, see docs/embedding.md and `.ci/run`.")).toEqual([
      "scripts/serve.mjs",
      "docs/embedding.md",
      ".ci/run",
    ]);
    expect(repositoryPaths("https://github.com/le-si/platform/blob/abc/packages/app/src/Pricing/index.tsx")).toEqual([]);
    expect(repositoryPaths("open `dist/examples/iframe.html`")).toEqual([]);
    expect(localLinks("![shot](docs/screenshot.png) [p](parameters.md#reference) [x](https://example.com/a.md) [h](#top)")).toEqual([
      "docs/screenshot.png",
      "parameters.md#reference",
      "#top",
    ]);
    expect(headingAnchors("# Title\n\n```sh\n# not a heading\n```\n### `embed.js` alone\n## The iframe: recipes per docs generator")).toEqual(
      new Set(["title", "embedjs-alone", "the-iframe-recipes-per-docs-generator"]),
    );
  });

  test("the README names its screenshot and the docs pages", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(repositoryPaths(readme)).toEqual(expect.arrayContaining(["docs/screenshot.png", "docs/parameters.md", ".ci/run"]));
  });

  test.each(DOCUMENTS)("every repository path in %s exists", (document) => {
    const text = readFileSync(join(ROOT, document), "utf8");
    const missing = repositoryPaths(text).filter((path) => !existsSync(join(ROOT, path)));
    expect(missing).toEqual([]);
  });

  // docs/source/ holds copies of the source documents as published: their links point into the
  // sites they were copied from (media/images/…), not into this repository.
  test.each(DOCUMENTS.filter((document) => !document.startsWith("docs/source/")))(
    "every local link and image in %s exists, and every #heading it links to",
    (document) => {
      expect(brokenLinks(document)).toEqual([]);
    },
  );

  test.each(DOCUMENTS)("%s does not lean on a contract file outside the repository", (document) => {
    const text = readFileSync(join(ROOT, document), "utf8");
    expect(text).not.toMatch(/CONTRACT\.md/i);
    expect(text).not.toContain("../shared");
  });
});

function filesUnder(folder: string, extensions: RegExp): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : filesUnder(path, extensions);
    return extensions.test(entry.name) ? [path] : [];
  });
}

// Comments name files too ("measured by scripts/measure-heights.mjs"); strings in code are
// addresses on the server as often as files, so only the comments are read.
const COMMENT = /\/\*[\s\S]*?\*\/|(?<![:"'`\\])\/\/.*$/gm;

function comments(code: string): string {
  return [...code.matchAll(COMMENT)].map((match) => match[0]).join("\n");
}

const CODE = ["src", "scripts", "e2e", "bench"].flatMap((folder) => filesUnder(folder, /\.(ts|tsx|mjs|css)$/)).concat(["vite.config.ts", "vite.embed.config.ts", "vite.element.config.ts", "playwright.config.ts"]);

describe("the paths the code names", () => {
  test("the code is found", () => {
    expect(CODE).toEqual(expect.arrayContaining(["src/settings/settings.ts", "scripts/measure-heights.mjs", "e2e/hosts.ts"]));
  });

  test("only comments are read: a path in a string is an address as often as a file", () => {
    expect(comments('const a = `${app}examples/iframe.html`; // see scripts/serve.mjs\n/* and src/main.tsx */ "https://x.org/a"')).toBe(
      "// see scripts/serve.mjs\n/* and src/main.tsx */",
    );
  });

  // This file names a deleted file on purpose, as its example.
  test.each(CODE.filter((file) => file !== "src/docs.test.ts"))("every repository path in the comments of %s exists, and no contract file outside the repository is named", (file) => {
    const text = comments(readFileSync(join(ROOT, file), "utf8"));
    expect(repositoryPaths(text).filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
    expect(text).not.toMatch(/CONTRACT\.md/i);
  });
});

/** The reference table of docs/parameters.md: one row per parameter, by name. */
function parameterRows(): Map<string, { attribute: string; range: string; fallbackValue: string }> {
  const text = readFileSync(join(ROOT, "docs/parameters.md"), "utf8");
  const rows = new Map<string, { attribute: string; range: string; fallbackValue: string }>();
  for (const line of text.split("\n")) {
    const cells = line.split("|").slice(1, -1).map((cell) => cell.trim());
    const name = /^`(\w+)`$/.exec(cells[0] ?? "")?.[1];
    if (name && cells.length === 5) rows.set(name, { attribute: cells[1] ?? "", range: cells[2] ?? "", fallbackValue: cells[3] ?? "" });
  }
  return rows;
}

describe("docs/parameters.md", () => {
  const rows = parameterRows();

  test("has one row for each setting of the settings table, and the frame's embed and origin", () => {
    expect([...rows.keys()].sort()).toEqual([...Object.keys(SETTINGS), "embed", "origin"].sort());
    expect(rows.get("embed")?.attribute).toBe("—");
    expect(rows.get("origin")?.attribute).toBe("—");
  });

  test.each(Object.entries(SETTINGS))("says %s's attribute, range and default as the table does", (key, setting) => {
    const row = rows.get(key);
    expect(row?.attribute).toBe(`\`${key}\``);
    for (const word of setting.documented) expect(row?.range).toContain(word);
    const fallback = (setting.write as (value: unknown) => string)(setting.fallback);
    if (fallback !== "") expect(row?.fallbackValue).toContain(fallback);
  });
});
