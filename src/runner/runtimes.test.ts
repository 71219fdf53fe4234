/** Strings become runtime kinds only through the runtime list. */
import { describe, expect, it } from "vitest";
import { isRuntimeKind, runtimeKinds, unknownRuntime } from "./runtimes.ts";

describe("isRuntimeKind", () => {
  it.each(runtimeKinds)("accepts %s", (kind) => expect(isRuntimeKind(kind)).toBe(true));
  it.each([null, undefined, "", "auto", "Worker", "node"])("rejects %j", (value) => {
    expect(isRuntimeKind(value)).toBe(false);
  });
});

describe("unknownRuntime", () => {
  it("names the kind it got and the valid ones", () => {
    expect(() => unknownRuntime("deno" as never)).toThrow(/"deno": expected one of webcontainer, worker/);
  });
});
