// The pricing engine and the settings are plain TypeScript: React, the DOM and the page's parts
// stay out, so that they can be tested alone and loaded anywhere (embed.js, a Node script).
const sources = import.meta.glob<string>(["./pricing/**/*.{ts,tsx,mts,cts,js,jsx}", "./settings/**/*.{ts,tsx,mts,cts,js,jsx}"], {
  query: "?raw",
  import: "default",
  eager: true,
});

// Static and dynamic imports, re-exports and require, in any quotes, with or without spaces.
const SPECIFIER = /(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s+|\brequire\s*\(\s*)(["'`])([^"'`]+)\1/g;
const DOM = /\b(window|document|navigator|location|history|localStorage|sessionStorage|HTMLElement|customElements)\b/;

function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "").replace(/\s\/\/.*$/gm, "");
}

const files = Object.keys(sources).filter((path) => !/\.test\.tsx?$/.test(path));

describe("the pricing engine and the settings", () => {
  it("are found: every file of both folders is checked", () => {
    expect(files).toEqual(expect.arrayContaining(["./pricing/quote.ts", "./settings/settings.ts", "./settings/query.ts"]));
    // Every file there, whatever its extension (not loaded: a lazy glob only lists them), but for
    // tests and data that cannot import (JSON, Markdown).
    const everything = Object.keys(import.meta.glob(["./pricing/**/*", "./settings/**/*"]))
      .filter((path) => !/\.test\.tsx?$|\.(json|md)$/.test(path));
    expect([...files].sort()).toEqual(everything.sort());
  });

  it.each(files)("%s imports only its own folder (settings: and the engine)", (path) => {
    const allowed = path.startsWith("./pricing/") ? /^\.\/[\w.-]+$/ : /^\.\/[\w.-]+$|^\.\.\/pricing\/[\w.-]+$/;
    const specifiers = [...code(sources[path] ?? "").matchAll(SPECIFIER)].map((m) => m[2] ?? "");
    expect(specifiers.filter((s) => !allowed.test(s))).toEqual([]);
  });

  it.each(files)("%s uses no DOM global", (path) => {
    expect(code(sources[path] ?? "")).not.toMatch(DOM);
  });

  it("would see each form of import", () => {
    const forms = ['import "react";', "import('react')", "from'react'", 'export * from "react"', 'require("react")', 'import x from "./../explorer/format"'];
    expect(forms.map((form) => [...form.matchAll(SPECIFIER)].map((m) => m[2]))).toEqual([
      ["react"], ["react"], ["react"], ["react"], ["react"], ["./../explorer/format"],
    ]);
  });
});
