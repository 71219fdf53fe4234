import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { highlightSalt, transformerSources } from "./cached-code.node.ts";

describe("transformerSources", () => {
  // An edit to a file the transformers import must change the key as an edit to them does.
  it("holds every module the transformers import from this folder", () => {
    const listed = Object.keys(transformerSources);
    const imported = listed.flatMap((path) =>
      [...readFileSync(new URL(path, import.meta.url), "utf8").matchAll(/from "(\.\/[^"]+)"/g)].map(
        ([, specifier]) => specifier ?? "",
      ),
    );
    expect(imported.length).toBeGreaterThan(0);
    expect(listed).toEqual(expect.arrayContaining(imported));
  });

  it("holds each file's text as it is on disk", () => {
    for (const [path, text] of Object.entries(transformerSources))
      expect(text).toBe(readFileSync(new URL(path, import.meta.url), "utf8"));
  });
});

describe("highlightSalt", () => {
  it("names the highlighter's packages with their versions and the transformers' sources", () => {
    const salt = JSON.parse(highlightSalt()) as { packages: string[]; transformers: [string, string][] };
    expect(salt.packages).toEqual([
      expect.stringMatching(/^shiki@\d/),
      expect.stringMatching(/^@astrojs\/internal-helpers@\d/),
      expect.stringMatching(/^astro@\d/),
    ]);
    expect(salt.transformers.map(([path]) => path)).toContain("./compact-code.ts");
  });
});
