/**
 * The Node modules a sample may need that no browser can have: processes, sockets and async
 * context tracking. A sample whose TypeScript imports one is marked `nodeOnly` in its meta.json,
 * and the built-in runtime answers a Run of such code with a notice instead of a failure. One
 * list, read by the sample schema's test, the page and the runtime, so they cannot disagree.
 */

/** The specifiers, with and without the `node:` prefix, that only Node.js can load. */
export const nodeOnlyModules = ["child_process", "net", "async_hooks"] as const;

const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)(["'])(?:node:)?([\w/]+)\1/g;

/**
 * The Node-only modules `code` imports (statically or with `import()`), each once, in order of
 * first appearance. Empty when it imports none.
 *
 * @example nodeOnlyImports('import { connect } from "node:net";') // ["node:net"]
 */
export function nodeOnlyImports(code: string): string[] {
  const nodeOnly = importedModules(code).filter((name) =>
    (nodeOnlyModules as readonly string[]).includes(name),
  );
  return nodeOnly.map((name) => `node:${name}`);
}

/**
 * Every bare module `code` imports, without a `node:` prefix, each once, in order of first
 * appearance.
 *
 * @example importedModules('import test from "node:test"; import("node:fs");') // ["test", "fs"]
 */
export function importedModules(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(importPattern)) found.add(match[2] ?? "");
  return [...found];
}
