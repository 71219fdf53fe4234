import { describe, expect, it } from "vitest";
import { transpile } from "./transpile.ts";

describe("transpile", () => {
  it("strips types and keeps every line in place", () => {
    const source =
      "interface P { a: number }\nconst p: P = { a: 1 };\nawait Promise.resolve(p.a as number);\n";
    const result = transpile(source);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.javascript.split("\n")).toHaveLength(source.split("\n").length);
    expect(result.javascript.split("\n")[2]).toContain("await Promise.resolve(p.a");
    expect(result.javascript).not.toContain("interface");
  });

  it.each([
    ["const a = (;", 1],
    ["const ok = 1;\n\nfunction broken( {\n", 4],
  ])("reports a syntax error in %j on line %i", (source, line) => {
    const result = transpile(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(line);
    expect(result.message).toMatch(new RegExp(`^SyntaxError: .+ \\(main\\.ts:${line}:\\d+\\)$`));
  });
});
