const sources = import.meta.glob<string>("./*.ts", { query: "?raw", import: "default", eager: true });

describe("the pricing engine", () => {
  it("imports only its own modules: no React, no DOM helpers", () => {
    const files = Object.keys(sources).filter((path) => !path.endsWith(".test.ts"));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const path of files) {
      const specifiers = [...(sources[path] ?? "").matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
      expect({ path, outside: specifiers.filter((s) => !s?.startsWith("./")) }).toEqual({
        path,
        outside: [],
      });
    }
  });
});
