/**
 * The memory limit on the page's Python, against a stand-in for Pyodide's module factory: growth
 * past the limit is refused and remembered until asked, growth within it goes through, and a
 * Pyodide that no longer fits the way the limit rides on it fails loudly rather than running unlimited.
 */
import { describe, expect, it } from "vitest";
import { runnerTables } from "../../i18n/text/runner.ts";
import { createMemoryLimit, pythonMemoryLimitBytes, type ModuleFactory } from "./python-memory-limit.ts";

const mebibyte = 2 ** 20;

/**
 * A factory that instantiates as Pyodide's does, through `instantiateWasm`, with a resize import
 * that records what reached it; returns the import as the module would call it.
 */
async function limitedResize(limitBytes: number) {
  const reached: number[] = [];
  let resize: (requestedBytes: number) => unknown = () => undefined;
  const factory: ModuleFactory = (settings) => {
    const env: Record<string, unknown> = {
      emscripten_resize_heap: (requestedBytes: number) => reached.push(requestedBytes) > 0,
    };
    settings.instantiateWasm?.({ env }, () => undefined);
    resize = env["emscripten_resize_heap"] as typeof resize;
    return Promise.resolve(settings);
  };
  const limit = createMemoryLimit(limitBytes);
  await limit.limitFactory(factory)({ instantiateWasm: (_, done) => done({} as never, {}) });
  return { limit, resize, reached };
}

describe("createMemoryLimit", () => {
  it.each([
    { requested: 64 * mebibyte, grows: true },
    { requested: 256 * mebibyte, grows: true },
    { requested: 256 * mebibyte + 1, grows: false },
    // 3 GiB as Emscripten passes it: a signed 32-bit number.
    { requested: (3 * 2 ** 30) | 0, grows: false },
  ])("under a 256 MiB limit, a growth to $requested bytes grows: $grows", async ({ requested, grows }) => {
    const { limit, resize, reached } = await limitedResize(256 * mebibyte);
    const answer = resize(requested);
    expect(reached).toEqual(grows ? [requested] : []);
    if (!grows) expect(answer).toBe(0);
    expect(limit.takeRefusal()).toBe(!grows);
    expect(limit.takeRefusal(), "asking clears it").toBe(false);
  });

  it("fails loudly when Pyodide no longer instantiates its own WebAssembly", () => {
    const limit = createMemoryLimit(pythonMemoryLimitBytes);
    const factory = limit.limitFactory((settings) => Promise.resolve(settings));
    expect(() => factory({})).toThrow(/memory limit cannot apply/);
  });

  it("fails loudly when the WebAssembly no longer imports emscripten_resize_heap", () => {
    const limit = createMemoryLimit(pythonMemoryLimitBytes);
    const factory = limit.limitFactory((settings) => {
      settings.instantiateWasm?.({ env: {} }, () => undefined);
      return Promise.resolve(settings);
    });
    expect(() => factory({ instantiateWasm: () => undefined })).toThrow(/emscripten_resize_heap/);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses a limit of %s bytes", (bytes) => {
    expect(() => createMemoryLimit(bytes)).toThrow(TypeError);
  });

  it("is the limit the learner is told of, in every language", () => {
    const gibibytes = `${pythonMemoryLimitBytes / 2 ** 30} GiB`;
    for (const table of Object.values(runnerTables)) expect(table.pythonMemoryLimit).toContain(gibibytes);
  });
});
