/**
 * A ceiling on the memory of the page's Python. Pyodide's WebAssembly memory may grow to 4 GiB and
 * never shrinks: a program that allocates without bound (`data.append(bytearray(50_000_000))` in a
 * loop) took Chromium's tab to 4.4 GB before Python raised MemoryError, and the tab kept it for the
 * rest of the visit. Here a growth past the ceiling is refused as the memory's own maximum would
 * refuse it, so Python raises MemoryError at about 1 GiB, and each run says whether it met the
 * ceiling, so the host can give that memory back by starting a fresh Python.
 *
 * It rides on Pyodide internals (the module factory's `instantiateWasm`, and Emscripten's import
 * `emscripten_resize_heap`, through which the heap grows), as the worker's loader does: hence the
 * exact Pyodide pin. Web-standard: the worker and the Node tests limit Python alike.
 */

/** The most memory Python's heap may grow to: far past what any sample needs (under 100 MB). */
export const pythonMemoryLimitBytes = 2 ** 30;

/** How Emscripten hands the module's imports to an embedder that instantiates it. */
type InstantiateWasm = (
  imports: { env: Record<string, unknown> },
  done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
) => unknown;

/** Pyodide's module factory (`createPyodideModule`, the default export of pyodide.asm.mjs). */
export type ModuleFactory = (settings: { instantiateWasm?: InstantiateWasm }) => Promise<unknown>;

/** A memory limit for one interpreter. */
export interface MemoryLimit {
  /** Pyodide's module factory, made to build a heap that grows no further than the limit. */
  limitFactory: (factory: ModuleFactory) => ModuleFactory;
  /** Whether a growth was refused since the last call (which clears it). */
  takeRefusal: () => boolean;
}

/**
 * @example
 * const limit = createMemoryLimit(pythonMemoryLimitBytes);
 * loadPyodide({ createPyodideModule: limit.limitFactory(asm.default) });
 * // after a run: limit.takeRefusal() is true when the program asked for more
 */
export function createMemoryLimit(limitBytes: number): MemoryLimit {
  if (!Number.isSafeInteger(limitBytes) || limitBytes <= 0)
    throw new TypeError(`Expected \`limitBytes\` to be a whole number of bytes above 0, got ${limitBytes}.`);
  let refused = false;
  const limitResize =
    (resize: (requestedBytes: number) => unknown) =>
    (requestedBytes: number): unknown => {
      // Emscripten passes the size as a signed 32-bit number: read it as unsigned, as it does.
      if (requestedBytes >>> 0 > limitBytes) {
        refused = true;
        return 0; // "could not grow": malloc returns NULL, and Python raises MemoryError
      }
      return resize(requestedBytes);
    };
  return {
    limitFactory: (factory) => (settings) => {
      const instantiate = settings.instantiateWasm;
      if (instantiate === undefined)
        throw new Error("Pyodide no longer instantiates its own WebAssembly: the memory limit cannot apply.");
      // The settings object itself: Pyodide keeps it as the module and reads it back.
      settings.instantiateWasm = (imports, done) => {
        const resize = imports.env["emscripten_resize_heap"];
        if (typeof resize !== "function")
          throw new Error(
            "Pyodide's WebAssembly no longer imports emscripten_resize_heap: update the memory limit.",
          );
        imports.env["emscripten_resize_heap"] = limitResize(resize as (requestedBytes: number) => unknown);
        return instantiate(imports, done);
      };
      return factory(settings);
    },
    takeRefusal() {
      const was = refused;
      refused = false;
      return was;
    },
  };
}
