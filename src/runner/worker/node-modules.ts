/**
 * Lets learner code in the built-in runtime import the few Node modules it has twins for
 * (`node:test`, `node:assert`, `node:assert/strict`). A Worker has no import map, so each
 * specifier is rewritten to a blob module that re-exports the twin from a global slot. Only the
 * specifier's own text changes, so every other line and column stays where it was.
 */
import { assert } from "./node-assert.ts";
import { MockTimers } from "./mock-timers.ts";
import { TestHarness } from "./node-test.ts";

/** The global slot the blob modules read their module objects from. */
export const nodeModulesSlot = Symbol.for("async-tour.node-modules");

/** The twins, by specifier, for a runtime that prints a line with `print`. */
export function createNodeModules(print: (line: string) => void): Record<string, object> {
  const harness = new TestHarness(print);
  const nodeTest = {
    describe: harness.describe,
    suite: harness.describe,
    it: harness.test,
    test: harness.test,
    before: harness.before,
    after: harness.after,
    beforeEach: harness.beforeEach,
    afterEach: harness.afterEach,
    run: harness.run,
    mock: { timers: new MockTimers() },
  };
  return { "node:test": nodeTest, "node:assert": assert, "node:assert/strict": assert };
}

/** The source of a module that re-exports `modules[specifier]`, default and named. */
function reexport(specifier: string, names: readonly string[]): string {
  const source = `globalThis[Symbol.for("async-tour.node-modules")][${JSON.stringify(specifier)}]`;
  return `const m = ${source};\nexport default m;\nexport const { ${names.join(", ")} } = m;\n`;
}

/**
 * Rewrites static and dynamic imports of the twinned specifiers in `code` to blob URLs made with
 * `makeUrl`; any other specifier is left for the browser to refuse, as it would be.
 */
export function resolveNodeImports(
  code: string,
  modules: Record<string, object>,
  makeUrl: (source: string) => string,
): string {
  const urls = new Map<string, string>();
  const urlFor = (specifier: string) => {
    let url = urls.get(specifier);
    if (url === undefined) {
      url = makeUrl(reexport(specifier, Object.keys(modules[specifier] ?? {})));
      urls.set(specifier, url);
    }
    return url;
  };
  return code.replace(
    /(\bfrom\s*|\bimport\s*\(?\s*)(["'])(node:[\w/]+)\2/g,
    (whole, before: string, quote: string, specifier: string) =>
      specifier in modules ? `${before}${quote}${urlFor(specifier)}${quote}` : whole,
  );
}
