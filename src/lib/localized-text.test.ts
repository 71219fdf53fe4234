/** meta.json text: required where a locale ships every chapter, English where a locale has none. */
import { describe, expect, it } from "vitest";
import { LocalizedTextSchema, textIn } from "./localized-text.ts";

describe("LocalizedTextSchema", () => {
  it("accepts text in every locale that ships every chapter", () => {
    expect(LocalizedTextSchema.parse({ en: "Two tasks", "zh-cn": "两个任务" })).toEqual({
      en: "Two tasks",
      "zh-cn": "两个任务",
    });
  });

  it("names a required locale that is missing", () => {
    const result = LocalizedTextSchema.safeParse({ en: "Two tasks" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["zh-cn"], expect.stringMatching(/Add the zh-cn text: zh-cn ships every chapter/)],
    ]);
  });

  it("rejects a language the site does not have, and empty text", () => {
    expect(LocalizedTextSchema.safeParse({ en: "a", "zh-cn": "b", fr: "c" }).success).toBe(false);
    expect(LocalizedTextSchema.safeParse({ en: "", "zh-cn": "b" }).success).toBe(false);
  });
});

describe("textIn", () => {
  it("gives the language's own text, else the English", () => {
    expect(textIn({ en: "Two tasks", "zh-cn": "两个任务" }, "zh-cn")).toBe("两个任务");
    expect(textIn({ en: "Two tasks" }, "zh-cn")).toBe("Two tasks");
  });

  it("names text that lacks English", () => {
    expect(() => textIn({ "zh-cn": "两个任务" }, "en")).toThrow(/with an en entry/);
  });
});
