import { describe, expect, it } from "vitest";
import { assert } from "./node-assert.ts";

describe("node:assert twin", () => {
  it.each([
    { name: "equal, same", run: () => assert.equal(1, 1), fails: false },
    { name: "equal, different", run: () => assert.equal(1, "1"), fails: true },
    {
      name: "deepEqual, same arrays",
      run: () => assert.deepEqual([1, { a: 2 }], [1, { a: 2 }]),
      fails: false,
    },
    { name: "deepEqual, extra key", run: () => assert.deepEqual({ a: 1 }, { a: 1, b: 2 }), fails: true },
    { name: "deepEqual, array vs object", run: () => assert.deepEqual([], {}), fails: true },
    { name: "ok, truthy", run: () => assert.ok("x"), fails: false },
    { name: "ok, falsy", run: () => assert(0), fails: true },
    { name: "match", run: () => assert.match("tea ready", /ready/), fails: false },
    { name: "match, no match", run: () => assert.match("tea", /coffee/), fails: true },
    { name: "throws", run: () => assert.throws(() => JSON.parse("{"), SyntaxError), fails: false },
    { name: "throws, nothing thrown", run: () => assert.throws(() => 1), fails: true },
  ])("$name", ({ run, fails }) => {
    if (fails)
      expect(run).toThrow(expect.objectContaining({ name: "AssertionError", code: "ERR_ASSERTION" }));
    else expect(run).not.toThrow();
  });

  it.each([
    {
      name: "a matching rejection",
      promise: () => Promise.reject(new TypeError("late")),
      check: /late/,
      passes: true,
    },
    {
      name: "the wrong message",
      promise: () => Promise.reject(new Error("early")),
      check: /late/,
      passes: false,
    },
    { name: "a fulfilment", promise: () => Promise.resolve(1), check: undefined, passes: false },
    {
      name: "an error class it is an instance of",
      promise: () => Promise.reject(new TypeError("late")),
      check: TypeError,
      passes: true,
    },
    {
      name: "an error class it is not an instance of",
      promise: () => Promise.reject(new Error("late")),
      check: TypeError,
      passes: false,
    },
    {
      name: "a validation function that returns true",
      promise: () => Promise.reject(new Error("late")),
      check: (error: unknown) => error instanceof Error && error.message === "late",
      passes: true,
    },
    {
      name: "a validation function that returns false",
      promise: () => Promise.reject(new Error("early")),
      check: (error: unknown) => error instanceof Error && error.message === "late",
      passes: false,
    },
  ])("rejects with $name", async ({ promise, check, passes }) => {
    const outcome = assert.rejects(promise, check);
    if (passes) await expect(outcome).resolves.toBeUndefined();
    else await expect(outcome).rejects.toMatchObject({ code: "ERR_ASSERTION" });
  });
});
