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

  it("maps a column shifted by stripped types back to the TypeScript", () => {
    const source =
      'const explode = (label: string): never => {\n  throw new Error(label);\n};\nconst x: number = explode("a") as number;\n';
    const result = transpile(source);
    if (!result.ok) throw new Error(result.message);
    const [, , , javascriptLine = ""] = result.javascript.split("\n");
    const column = (code: string) => code.indexOf("explode(") + 1;
    expect(column(javascriptLine)).toBeLessThan(column(source.split("\n")[3] ?? ""));
    expect(result.toTypeScript({ line: 4, column: column(javascriptLine) })).toEqual({
      line: 4,
      column: column(source.split("\n")[3] ?? ""),
    });
  });
});
