/**
 * The runtimes that run learner code, listed once. Everything that differs per runtime (the
 * notice's first sentence, the runner check's start-up and link label, the stored choice, the
 * contract suite's host) is a `Record<RuntimeKind, …>` or an exhaustive `switch`, so adding a
 * runtime here makes the type checker name each place that must learn about it.
 */

/** Every runtime, the preferred one first: real Node.js in a WebContainer, then the built-in one. */
export const runtimeKinds = ["webcontainer", "worker"] as const;

/** Which runtime runs learner code. */
export type RuntimeKind = (typeof runtimeKinds)[number];

/** The learner's stored choice: a runtime, or "auto" when they chose none. */
export type RuntimePreference = RuntimeKind | "auto";

/** Narrows a string (a stored preference, a URL parameter) to a runtime kind. */
export function isRuntimeKind(value: string | null | undefined): value is RuntimeKind {
  return runtimeKinds.some((kind) => kind === value);
}

/**
 * Fails the type check where a `switch` over runtime kinds misses one, and at run time names it.
 *
 * @example default: return unknownRuntime(kind);
 */
export function unknownRuntime(kind: never): never {
  throw new TypeError(`Unknown runtime ${JSON.stringify(kind)}: expected one of ${runtimeKinds.join(", ")}.`);
}

/**
 * The runtimes that run a sample's Python (src/runner/python/). Not a choice among the TypeScript
 * runtimes above, so they stay out of `runtimeKinds` and the stored preference.
 */
export const pythonRuntimeKinds = ["pyodide"] as const;

/** Which runtime ran a program, TypeScript or Python. */
export type HostKind = RuntimeKind | (typeof pythonRuntimeKinds)[number];
