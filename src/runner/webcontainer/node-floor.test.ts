import { describe, expect, it } from "vitest";
import { belowNodeTestFloor, containerEngines, needsNodeTestFloor } from "./node-floor.ts";

describe("the node:test floor", () => {
  it("holds back Node 20 and 22 before 22.8, and lets 22.8 and later through", () => {
    expect(belowNodeTestFloor("v20.19.1")).toBe(true);
    expect(belowNodeTestFloor("v22.7.0")).toBe(true);
    expect(belowNodeTestFloor("v22.8.0")).toBe(false);
    expect(belowNodeTestFloor("v22.22.0\n")).toBe(false);
    expect(belowNodeTestFloor("v24.1.0")).toBe(false);
  });

  it("blocks nothing when the version cannot be read", () => {
    expect(belowNodeTestFloor("")).toBe(false);
    expect(belowNodeTestFloor("node: not found")).toBe(false);
  });

  it("is needed by programs that import node:test, however they import it", () => {
    expect(needsNodeTestFloor('import { test } from "node:test";')).toBe(true);
    expect(needsNodeTestFloor("const { run } = await import('node:test');")).toBe(true);
    expect(needsNodeTestFloor('import assert from "node:assert";')).toBe(false);
    expect(needsNodeTestFloor('console.log("node:test");')).toBe(false);
  });

  it("is what the container's package.json asks for", () => {
    expect(containerEngines).toBe(">=22.8.0");
  });
});
