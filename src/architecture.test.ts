// How the folders of src/ depend on each other: no module imports itself through others (no
// cycle, counting import() and `import type`), and no two folders import each other, so that
// each folder can be read knowing only those below it.
const sources = import.meta.glob<string>(["./**/*.{ts,tsx}", "!./**/*.test.{ts,tsx}", "!./test/**"], {
  query: "?raw",
  import: "default",
  eager: true,
});

const SPECIFIER = /(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s+|\brequire\s*\(\s*)(["'`])(\.[^"'`]*)\1/g;
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts"];

function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "").replace(/\s\/\/.*$/gm, "");
}

/** The file a relative specifier in `from` names, among the sources. */
function resolve(from: string, specifier: string): string | null {
  const base = new URL(specifier.replace(/\?.*$/, ""), `file:///src/${from.slice(2)}`).pathname.replace(/^\/src\//, "./");
  return EXTENSIONS.map((ext) => base + ext).find((path) => path in sources) ?? null;
}

const graph = new Map(
  Object.keys(sources).map((file) => [
    file,
    [...code(sources[file] ?? "").matchAll(SPECIFIER)].map((m) => resolve(file, m[2] ?? "")).filter((to): to is string => to !== null),
  ]),
);

/** A file's folder under src/ ("." for the entries at its root). */
const folderOf = (file: string) => (file.split("/").length > 2 ? (file.split("/")[1] ?? ".") : ".");

/** Every cycle's path, found by depth-first search. */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "open") found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, "done");
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe("the modules of src/", () => {
  it("are all found, with their imports resolved", () => {
    expect(graph.get("./StandaloneApp.tsx")).toEqual(expect.arrayContaining(["./explorer/Explorer.tsx", "./state/address.ts"]));
    expect(graph.get("./explorer/partsAfterPaint.ts")).toEqual(["./explorer/lateParts.ts", "./explorer/partsAtOnce.tsx"]);
  });

  it("import each other without a cycle", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("form folders that never import each other, both ways or round a loop", () => {
    const folders = new Map<string, Set<string>>();
    for (const [file, imports] of graph) {
      const from = folderOf(file);
      const targets = folders.get(from) ?? new Set<string>();
      for (const to of imports) if (folderOf(to) !== from) targets.add(folderOf(to));
      folders.set(from, targets);
    }
    const edges = new Map([...folders].map(([folder, targets]) => [folder, [...targets].sort()]));
    expect(cycles(edges)).toEqual([]);
    // The layers, bottom up: what each folder may lean on.
    expect(Object.fromEntries([...edges].sort())).toEqual({
      ".": ["embed", "explorer", "pricing", "settings", "share", "state", "ui"],
      embed: ["explorer", "layout", "pricing", "settings", "state", "ui"],
      examples: ["pricing", "settings", "share"],
      explorer: ["pricing", "settings", "state", "ui"],
      layout: ["pricing", "settings"],
      pricing: [],
      settings: ["pricing"],
      share: ["layout", "settings", "state", "ui"],
      state: ["pricing", "settings"],
      ui: [],
    });
  });

  it("would see a cycle", () => {
    expect(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]))).toEqual([["a", "b", "c", "a"]]);
  });
});
