import { describe, expect, test } from "vitest";
import { numberLocale } from "./format";

/** What a reader sees for 1,000 and for one cent in the locale chosen from these languages. */
function shown(languages: readonly string[]) {
  const locale = numberLocale(languages);
  return {
    locale,
    thousand: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(1000),
    cent: new Intl.NumberFormat(locale, { style: "currency", currency: "USD", minimumFractionDigits: 2 }).format(0.01),
  };
}

describe("the locale numbers are formatted in", () => {
  test.each([
    ["C", ["C"]],
    ["POSIX", ["POSIX"]],
    ["an empty language", [""]],
    ["C.UTF-8", ["C.UTF-8"]],
    ["garbage", ["not a locale!"]],
    ["a POSIX-style tag", ["en_US.UTF-8"]],
    ["no languages at all", []],
  ])("falls back to en-US for %s", (_name, languages) => {
    expect(shown(languages)).toEqual({ locale: "en-US", thousand: "1,000", cent: "$0.01" });
  });

  test("follows a usable language tag", () => {
    expect(shown(["de-DE"])).toEqual({ locale: "de-DE", thousand: "1.000", cent: "0,01\u00a0$" });
    expect(shown(["en-US"])).toEqual({ locale: "en-US", thousand: "1,000", cent: "$0.01" });
  });

  test("takes the first usable one of the browser's languages", () => {
    expect(numberLocale(["C", "de-DE", "en-US"])).toBe("de-DE");
    expect(numberLocale(["", "POSIX", "en-GB"])).toBe("en-GB");
  });
});
