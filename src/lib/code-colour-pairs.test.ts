import type { ThemeRegistrationRaw } from "shiki";
import { describe, expect, it } from "vitest";
import { colourPairs, normalColour } from "./code-colour-pairs.ts";
import { codeThemes } from "./code-themes.ts";

describe("normalColour", () => {
  it.each([
    ["#000000ff", "#000000"],
    ["#795e26", "#795E26"],
    [" #AbCdEf ", "#ABCDEF"],
    ["#00000080", "#00000080"],
    ["#fff", "#FFF"],
  ])("writes %j as %j", (colour, normal) => {
    expect(normalColour(colour)).toBe(normal);
  });
});

describe("colourPairs", () => {
  const pairs = colourPairs(codeThemes.light, codeThemes.dark);

  it("pairs the colours both themes give one scope", () => {
    // Text, keywords, function names, strings, comments: each theme's colour for the same scope.
    expect(pairs).toEqual(
      expect.arrayContaining([
        "#000000/#D4D4D4",
        "#0000FF/#569CD6",
        "#795E26/#DCDCAA",
        "#A31515/#CE9178",
        "#008000/#6A9955",
      ]),
    );
  });

  it("lists each pair once, sorted", () => {
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs).toEqual([...pairs].sort());
  });

  it("finds the most specific rule, the later on a tie", () => {
    const light: ThemeRegistrationRaw = {
      name: "l",
      type: "light",
      settings: [
        { settings: { foreground: "#000000", background: "#ffffff" } },
        { scope: "string", settings: { foreground: "#111111" } },
        { scope: "string.quoted", settings: { foreground: "#222222" } },
        { scope: "string.quoted", settings: { foreground: "#333333" } },
        { scope: "meta.embedded string", settings: { foreground: "#444444" } },
      ],
    };
    const dark: ThemeRegistrationRaw = {
      name: "d",
      type: "dark",
      settings: [
        { settings: { foreground: "#ffffff", background: "#000000" } },
        { scope: ["string", "meta.embedded"], settings: { foreground: "#aaaaaa" } },
      ],
    };
    expect(colourPairs(light, dark)).toEqual([
      "#000000/#AAAAAA", // meta.embedded: unstyled in light
      "#000000/#FFFFFF",
      "#111111/#AAAAAA", // string
      "#333333/#AAAAAA", // string.quoted: the later of two
      "#444444/#AAAAAA", // string inside meta.embedded
    ]);
  });
});
