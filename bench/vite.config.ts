import { defineConfig } from "vite";
import { appPlugins } from "../vite.config.ts";

// The reference pages of `npm run bench`, built beside the app into dist-bench/.
export default defineConfig({
  root: "bench",
  base: "./",
  plugins: appPlugins(),
  publicDir: "public",
  build: {
    outDir: "../dist-bench",
    emptyOutDir: true,
    target: "es2022",
    rolldownOptions: { input: { floor: "bench/floor.html", naive: "bench/naive.html" } },
  },
});
