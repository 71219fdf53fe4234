/**
 * Positions that are right: for every construct sucrase rewrites, the line:column the learner is
 * shown must be where the error really is in their TypeScript. Each row marks the true position
 * with `‸` (removed before transpiling). Thrown errors are run for real in a Node child process and
 * its stack's top frame is mapped back; syntax errors are read from the transpiler.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { transpile } from "./transpile.ts";

const marker = "‸";

/** The code without its marker, and the marker's 1-based line and column (UTF-16 units). */
function unmark(marked: string): { code: string; at: string } {
  const index = marked.indexOf(marker);
  if (index === -1 || marked.indexOf(marker, index + 1) !== -1)
    throw new TypeError(`Expected exactly one ${marker} in the row's code:\n${marked}`);
  const before = marked.slice(0, index).split("\n");
  return {
    code: marked.slice(0, index) + marked.slice(index + marker.length),
    at: `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`,
  };
}

const directory = mkdtempSync(join(tmpdir(), "positions-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Runs JavaScript as a module under Node and returns the top stack frame's line:column in it. */
function thrownAt(javascript: string): string {
  const file = join(directory, "main.mjs");
  writeFileSync(file, javascript);
  try {
    execFileSync(process.execPath, [file], { stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr);
    const frame = /main\.mjs:(\d+):(\d+)/.exec(stderr);
    if (frame !== null) return `${frame[1]}:${frame[2]}`;
    throw new Error(`No stack frame in main.mjs in:\n${stderr}`, { cause: error });
  }
  throw new Error("The program was expected to throw, and it ran to its end.");
}

const thrown: [construct: string, marked: string][] = [
  [
    "a template literal, four lines (the reported case)",
    'const who: string = "you";\nconst hi = `hello ${who}`;\nconsole.log(hi);\nthrow ‸new Error(hi);\n',
  ],
  ["a template literal earlier on the line", "const a = `x${1}y${`z${2}`}`; throw ‸new Error(a);"],
  [
    "a template literal over several lines",
    "const text: string = `one\n${1 + 1} two\nthree`; const n: number = 3;\nthrow ‸new Error(text);",
  ],
  ["type annotations", 'const a: number = 1, b: string = "s"; throw ‸new Error(b + a);'],
  [
    "generics on calls, types and `new`",
    "function id<T>(v: T): T { return v; } const m = new Map<string, Array<number>>(); throw ‸new Error(String(id<number>(m.size)));",
  ],
  [
    "a generic arrow function",
    "const pick = <T,>(xs: T[]): T => xs[0]!; throw ‸new Error(String(pick<number>([1])));",
  ],
  ["an enum on the line", "enum Color { Red, Green = 4 } throw ‸new Error(Color[4]);"],
  [
    "an enum over lines before",
    'enum Mode {\n  Fast = "fast",\n  Slow = "slow",\n}\nthrow ‸new Error(Mode.Fast);',
  ],
  ["`as` casts", "const v = (42 as unknown as string); const w = <string>(<unknown>v); throw ‸new Error(w);"],
  ["non-null assertions", "const first = [1][0]!; throw ‸new Error(String(first!));"],
  [
    "optional chaining and optional types",
    "const o: { a?: { b: number } } = {}; const v = o.a?.b ?? 0; throw ‸new Error(String(v));",
  ],
  [
    "`satisfies`",
    "const cfg = { port: 1 } satisfies Record<string, number>; throw ‸new Error(String(cfg.port));",
  ],
  [
    "class fields and modifiers",
    'class P {\n  private count: number = 1;\n  static readonly label: string = "p";\n  declare note: string;\n  get size(): number { throw ‸new Error(P.label); }\n}\nnew P().size;',
  ],
  [
    "parameter properties, on the line that throws",
    'class P { constructor(private readonly name: string, public size?: number) { throw ‸new Error(name); } }\nnew P("x");',
  ],
  [
    "`implements`, `abstract` and overloads",
    "interface Named { name: string }\nabstract class Base implements Named { abstract get name(): string; }\nfunction f(a: string): string;\nfunction f(a: unknown): string { return String(a); }\nclass C extends Base implements Named { get name(): string { return f(1); } }\nthrow ‸new Error(new C().name);",
  ],
  [
    "imports, kept and removed",
    'import type { Server } from "node:http";\nimport { setTimeout as wait, type TimerOptions } from "node:timers/promises";\nconst s: Server | undefined = undefined; await wait(1); const o: TimerOptions = {};\nthrow ‸new Error(String(s) + String(o));',
  ],
  [
    "multi-line types",
    "interface Point {\n  x: number;\n  y: number;\n}\ntype Shape =\n  | { kind: 'dot'; at: Point }\n  | { kind: 'line'; from: Point; to: Point };\nconst s: Shape = { kind: 'dot', at: { x: 1, y: 2 } };\nthrow ‸new Error(s.kind);",
  ],
  [
    "a signature over several lines",
    "function explode(\n  label: string,\n  extra: Record<string, number>,\n): never {\n  throw ‸new Error(`${label} ${Object.keys(extra).length}`);\n}\nexplode('a', {});",
  ],
  [
    "non-ASCII text before it (UTF-16 columns)",
    'const 名前: string = "データ"; const e: string = "é😀"; throw ‸new Error(名前 + e);',
  ],
  [
    "a type error at a property read",
    "const o: { a: null | { b: number } } = { a: null };\nconst v = `${1}`; console.log(o.a!.‸b, v);",
  ],
  [
    "top-level await with typed promises",
    "const v: number = await Promise.resolve<number>(1); const t = `${v}`; throw ‸new Error(t);",
  ],
];

describe("stack positions map back to the TypeScript", () => {
  it.each(thrown)("%s", (_construct, marked) => {
    const { code, at } = unmark(marked);
    const result = transpile(code);
    if (!result.ok) throw new Error(result.message);
    const [line = 0, column = 0] = thrownAt(result.javascript).split(":").map(Number);
    const mapped = result.toTypeScript({ line, column });
    expect(`${mapped.line}:${mapped.column}`).toBe(at);
  });
});

const syntaxErrors: [construct: string, marked: string][] = [
  ["after a template literal", "const a = `x${1}`;\nconst b = `${a}`; const c = ‸);"],
  ["after type annotations", "const a: number = 1;\nlet b: Map<string, number> = ‸;"],
  ["inside a generic call", "const m = new Map<string, number>(1, ‸;"],
  ["after an enum", "enum E { A, B }\nconst x: E = E.A ‸E.B;"],
  ["after `as`", "const v = 1 as number ‸2;"],
  ["after non-ASCII text", 'const 名前 = "データ😀"; const x = ‸);'],
  ["in a class body", "class P {\n  private x: number = 1;\n  m(): void {‸)\n}"],
  ["in a class field's type", "class P {\n  private x: number = 1;\n  y: string ‸z;\n}"],
  ["after an interface", "interface A {\n  a: string\n  b: number;;\n}\nconst x = 1 ‸1;"],
  ["after a multi-line template", "const t = `a\n${1}\nb`; let ‸= 2;"],
];

describe("syntax errors name the TypeScript's position", () => {
  it.each(syntaxErrors)("%s", (_construct, marked) => {
    const { code, at } = unmark(marked);
    const result = transpile(code);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(`${result.line}:${result.column}`).toBe(at);
    expect(result.message).toContain(`(main.ts:${at})`);
  });
});
