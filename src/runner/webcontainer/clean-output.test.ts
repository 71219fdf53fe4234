import { describe, expect, it } from "vitest";
import { cleanOutputLine, stripTerminalCodes } from "./clean-output.ts";

const runtime = "https://fake-8qeupk.w-credentialless-staticblitz.com/blitz.cf284e50.js";

describe("cleanOutputLine", () => {
  it.each([
    ["a program frame", "    at fail (file:///home/async-tour/main-3.mjs:3:9)", "    at fail (main.ts:3:9)"],
    ["a top-level frame", "    at file:///home/async-tour/main-3.mjs:5:1", "    at main.ts:5:1"],
    [
      "top-level code in the runtime's eval wrapper",
      "    at eval (file:///home/async-tour/main-3.mjs:5:1)",
      "    at main.ts:5:1",
    ],
    [
      "an async frame",
      "    at async load (/home/async-tour/main-12.mjs:7:3)",
      "    at async load (main.ts:7:3)",
    ],
    [
      "a frame inside an eval at wrapper",
      `    at fail (eval at _0x29f4ba (${runtime}:15:285376), file:///home/async-tour/main-3.mjs:3:9)`,
      "    at fail (main.ts:3:9)",
    ],
    ["a SpiderMonkey frame", "fail@file:///home/async-tour/main-3.mjs:3:9", "    at fail (main.ts:3:9)"],
    ["an error line naming the file", "file:///home/async-tour/main-3.mjs:3", "main.ts:3"],
    ["plain output", "total: 42 (at least)", "total: 42 (at least)"],
    ["a frame of Node's own API", "    at new Promise (<anonymous>)", "    at new Promise (<anonymous>)"],
  ])("reads %s as the built-in runtime prints it", (_name, line, cleaned) => {
    expect(cleanOutputLine(line)).toBe(cleaned);
  });

  it.each([
    ["a runtime script frame", `    at async ESMLoader.import (${runtime}:6:1054368)`],
    ["an anonymous runtime frame", `    at ${runtime}:40:964896`],
    [
      "a builtins script frame",
      "    at ChildProcess._handle.onexit (https://x.w-corp-staticblitz.com/builtins.5bf3667c.js:52:3320)",
    ],
    [
      "an eval wrapper of the runtime",
      `    at Hook.eval [as callAsync] (eval at _0x29f4ba (${runtime}:15:285376), <anonymous>:15:1)`,
    ],
    ["a frame inside Node", "    at ModuleJob.run (node:internal/modules/esm/module_job:271:25)"],
    ["a SpiderMonkey runtime frame", `processTicksAndRejections@${runtime}:6:797087`],
  ])("drops %s", (_name, line) => {
    expect(cleanOutputLine(line)).toBeUndefined();
  });
});

describe("stripTerminalCodes", () => {
  it("removes colours and carriage returns", () => {
    expect(stripTerminalCodes("\u001b[31mboom\u001b[39m\r")).toBe("boom");
  });
});
