/** Strings become locales only through the locale list: route parameters, `<html lang>`, browser languages. */
import { describe, expect, it } from "vitest";
import { htmlLangOf, localeOf, localeOfLanguageTag } from "./locales.ts";

describe("localeOf", () => {
  it.each(["en", "zh-cn"])("accepts %s", (code) => expect(localeOf(code)).toBe(code));

  it.each([undefined, "", "zh-CN", "fr"])("rejects %j, naming the valid codes", (value) => {
    expect(() => localeOf(value)).toThrow(/one of en, zh-cn/);
  });
});

describe("localeOfLanguageTag", () => {
  it.each([
    ["en", "en"],
    ["en-GB", "en"],
    ["zh-CN", "zh-cn"],
    ["zh-cn", "zh-cn"],
    ["zh-TW", "zh-cn"],
    ["zh", "zh-cn"],
    ["fr", undefined],
    ["", undefined],
  ])("reads %j as %j", (tag, expected) => expect(localeOfLanguageTag(tag)).toBe(expected));

  it("round-trips every locale's <html lang>", () => {
    expect(localeOfLanguageTag(htmlLangOf("zh-cn"))).toBe("zh-cn");
    expect(localeOfLanguageTag(htmlLangOf("en"))).toBe("en");
  });
});
