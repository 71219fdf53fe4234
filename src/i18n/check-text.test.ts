/** The check page picks its language from `?lang=`, else the browser's first language. */
import { describe, expect, it } from "vitest";
import { checkLanguage, checkText } from "./check-text.ts";

describe("checkLanguage", () => {
  it.each([
    ["?lang=zh-cn", ["en-GB"], "zh-cn"],
    ["?runtime=webcontainer&lang=en", ["zh-CN"], "en"],
    ["?lang=fr", ["zh-TW", "en"], "zh-cn"],
    ["", ["en-US", "zh-CN"], "en"],
    ["", [], "en"],
  ])("%s with %j gives %s", (search, languages, expected) => {
    expect(checkLanguage(search, languages)).toBe(expected);
  });
});

describe("checkText", () => {
  it("fills placeholders in both languages", () => {
    expect(checkText("en")("booted", { ms: 900, version: "v20.19.1" })).toBe(
      "The WebContainer booted in 900 ms. Node inside it: v20.19.1.",
    );
    expect(checkText("zh-cn")("summary", { passed: 3, failed: 1 })).toBe("3 项通过，1 项失败");
  });
});
