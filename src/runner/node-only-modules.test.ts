/** Which imports make a program Node-only, in the forms TypeScript and its transpiled output use. */
import { describe, expect, it } from "vitest";
import { nodeOnlyImports } from "./node-only-modules.ts";

describe("nodeOnlyImports", () => {
  it.each([
    ['import { AsyncLocalStorage } from "node:async_hooks";', ["node:async_hooks"]],
    ["import { spawn } from 'child_process';", ["node:child_process"]],
    ['const net = await import("node:net");', ["node:net"]],
    ['import {connect} from"node:net";\nimport { createServer } from "node:net";', ["node:net"]],
    ['import { test } from "node:test";', []],
    ['import assert from "node:assert/strict";', []],
    ['console.log("from node:net");', []],
    ['import { x } from "./net";', []],
  ])("%s", (code, expected) => {
    expect(nodeOnlyImports(code)).toEqual(expected);
  });
});
