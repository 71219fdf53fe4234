/** Shown numbers follow the page's locale, never the machine's. */
import { describe, expect, it } from "vitest";
import { formatCount, formatSeconds } from "./format-number.ts";
import { localeCodes } from "./locales.ts";

describe("formatCount", () => {
  it.each([
    [12500, "en", "12,500"],
    [12500, "zh-cn", "12,500"],
    [7, "en", "7"],
  ] as const)("formats %d in %s as %s", (value, lang, expected) => {
    expect(formatCount(value, lang)).toBe(expected);
  });

  it("does not follow the process's default locale", () => {
    // What toLocaleString() without an argument would give under a German default.
    expect((12500).toLocaleString("de-DE")).toBe("12.500");
    for (const lang of localeCodes) expect(formatCount(12500, lang)).not.toBe("12.500");
  });
});

describe("formatSeconds", () => {
  it.each([
    [1234, 2, "en", "1.23"],
    [1235, 3, "zh-cn", "1.235"],
    [500, 2, "en", "0.50"],
    [61_000, 1, "en", "61.0"],
  ] as const)("formats %d ms with %d decimals in %s as %s", (ms, digits, lang, expected) => {
    expect(formatSeconds(ms, digits, lang)).toBe(expected);
  });
});
