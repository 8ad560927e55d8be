import source from "../../docs/source/credits-and-billing.md?raw";
import { DREAMSTUDIO_2022 } from "./schedule";

function tableRows(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("|") && !line.includes("---"))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe("the published 2022 table", () => {
  const [header = [], ...rows] = tableRows(source);

  it("has the source document's six sizes as columns, in order", () => {
    expect(header.slice(1)).toEqual(
      DREAMSTUDIO_2022.sizes.map((s) => `${s.width} × ${s.height}`),
    );
  });

  it("has the source document's six step counts as rows, in order", () => {
    expect(rows.map((row) => Number(row[0]))).toEqual([...DREAMSTUDIO_2022.steps]);
  });

  it("holds every figure exactly as the source document prints it", () => {
    expect(rows.map((row) => row.slice(1))).toEqual(
      DREAMSTUDIO_2022.credits.map((row) =>
        row.map((credits) => credits.toFixed(DREAMSTUDIO_2022.decimals)),
      ),
    );
  });

  it("lists its sizes in strictly increasing pixel count", () => {
    const pixels = DREAMSTUDIO_2022.sizes.map((s) => s.width * s.height);
    expect(pixels).toEqual([262_144, 393_216, 524_288, 589_824, 786_432, 1_048_576]);
  });
});
