import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";

/** Collects console errors and warnings, and uncaught exceptions, for the test to assert on. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

/** Presses Download CSV and gives back the file's suggested name and its lines. */
export async function downloadCsv(page: Page): Promise<{ name: string; lines: string[] }> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const file = await download;
  const text = await readFile((await file.path()) ?? "", "utf8");
  return { name: file.suggestedFilename(), lines: text.split("\r\n") };
}
