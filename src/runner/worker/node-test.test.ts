import { describe, expect, it } from "vitest";
import { TestHarness, type TestEvent } from "./node-test.ts";

async function collect(harness: TestHarness, setup: () => void): Promise<string[]> {
  const lines: string[] = [];
  for await (const { type, data } of harness.run({ files: [], isolation: "none", setup })) {
    lines.push(`${type} ${data.details.type} ${data.nesting} ${data.name}`);
  }
  return lines;
}

describe("node:test twin", () => {
  it("runs tests in declaration order and reports children before their suite", async () => {
    const harness = new TestHarness(() => undefined);
    const { describe: suite, test } = harness;
    const order: string[] = [];
    const lines = await collect(harness, () => {
      suite("outer", () => {
        test("slow first", async () => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          order.push("slow");
        });
        test("fast second", () => void order.push("fast"));
      });
      test("top", () => undefined);
    });
    expect(order).toEqual(["slow", "fast"]);
    expect(lines).toEqual([
      "test:pass test 1 slow first",
      "test:pass test 1 fast second",
      "test:pass suite 0 outer",
      "test:pass test 0 top",
    ]);
  });

  it("reports a failing test with its error as the cause, and fails its suite", async () => {
    const harness = new TestHarness(() => undefined);
    const failures: TestEvent["data"][] = [];
    const stream = harness.run({
      files: [],
      isolation: "none",
      setup: () =>
        harness.describe("maths", () => {
          harness.test("wrong", () => {
            throw new RangeError("2 + 2 is not 5");
          });
          harness.test("right", () => undefined);
        }),
    });
    stream.on("test:fail", (data) => failures.push(data));
    for await (const event of stream) expect(event.type).toMatch(/^test:/);
    expect(failures.map((data) => [data.name, data.details.error?.message])).toEqual([
      ["wrong", "RangeError: 2 + 2 is not 5"],
      ["maths", "1 subtest failed"],
    ]);
    expect((failures[0]?.details.error?.cause as Error).message).toBe("2 + 2 is not 5");
  });

  it("runs hooks around each test and once around the suite", async () => {
    const harness = new TestHarness(() => undefined);
    const calls: string[] = [];
    await collect(harness, () => {
      harness.before(() => void calls.push("before"));
      harness.beforeEach(() => void calls.push("beforeEach"));
      harness.afterEach(() => void calls.push("afterEach"));
      harness.after(() => void calls.push("after"));
      harness.test("a", () => void calls.push("a"));
      harness.test("b", () => void calls.push("b"));
    });
    expect(calls).toEqual([
      "before",
      "beforeEach",
      "a",
      "afterEach",
      "beforeEach",
      "b",
      "afterEach",
      "after",
    ]);
  });

  it("gives each test mock timers that end with the test", async () => {
    const harness = new TestHarness(() => undefined);
    const realSetTimeout = globalThis.setTimeout;
    let fired = false;
    const lines = await collect(harness, () =>
      harness.test("five seconds in no time", (t) => {
        t.mock.timers.enable({ apis: ["setTimeout"] });
        setTimeout(() => (fired = true), 5_000);
        t.mock.timers.tick(5_000);
      }),
    );
    expect(fired).toBe(true);
    expect(lines).toEqual(["test:pass test 0 five seconds in no time"]);
    expect(globalThis.setTimeout).toBe(realSetTimeout);
  });

  it("runs tests declared outside run() after the module, with a short report", async () => {
    const printed: string[] = [];
    const harness = new TestHarness((line) => printed.push(line));
    harness.test("alone", () => undefined);
    harness.test("broken", () => {
      throw new Error("no");
    });
    await expect.poll(() => printed.at(-1)).toBe("ℹ fail 1");
    expect(printed).toEqual(["✔ alone", "✖ broken", "ℹ tests 2", "ℹ pass 1", "ℹ fail 1"]);
  });

  it.each([
    { options: { files: ["main.ts"], isolation: "none" } },
    { options: { files: [], isolation: "process" } },
  ])("refuses what it cannot do: $options", ({ options }) => {
    expect(() => new TestHarness(() => undefined).run(options)).toThrow(/own process/);
  });
});
