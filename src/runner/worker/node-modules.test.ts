import { describe, expect, it } from "vitest";
import { createNodeModules, resolveNodeImports } from "./node-modules.ts";

describe("resolveNodeImports", () => {
  const modules = createNodeModules(() => undefined);
  const rewrite = (code: string) => resolveNodeImports(code, modules, (source) => `blob:${source.length}`);

  it.each([
    { code: 'import { test } from "node:test";', rewritten: true },
    { code: "import assert from 'node:assert/strict';", rewritten: true },
    { code: 'const t = await import("node:test");', rewritten: true },
    { code: 'import "node:assert";', rewritten: true },
    { code: 'import { readFile } from "node:fs/promises";', rewritten: false },
    { code: 'console.log("from node:test");', rewritten: false },
  ])("$code", ({ code, rewritten }) => {
    expect(rewrite(code).includes("blob:")).toBe(rewritten);
  });

  it("changes only the specifier, so the other lines keep their columns", () => {
    const code = 'import { it } from "node:test";\nconst x = 1;\nit("a", () => x);';
    const lines = rewrite(code).split("\n");
    expect(lines.slice(1)).toEqual(code.split("\n").slice(1));
    expect(lines[0]).toMatch(/^import \{ it \} from "blob:\d+";$/);
  });

  it("re-exports every name the twin has, and a default", () => {
    let source = "";
    resolveNodeImports('import { it } from "node:test";', modules, (text) => ((source = text), "blob:x"));
    expect(source).toContain("export default m;");
    for (const name of ["describe", "it", "test", "before", "after", "run", "mock"])
      expect(source).toMatch(new RegExp(`\\b${name}\\b`));
  });
});
