/**
 * The built-in runtime's `node:assert/strict`, the part the test samples use: equal, deepEqual,
 * ok, match, rejects, throws. Failures throw an `AssertionError` with Node's name and code, so a
 * test report reads the same; the messages are shorter than Node's diffs.
 */

/** Node's assertion failure: `name` "AssertionError", `code` "ERR_ASSERTION". */
export class AssertionError extends Error {
  override name = "AssertionError";
  readonly code = "ERR_ASSERTION";
  readonly actual: unknown;
  readonly expected: unknown;
  readonly operator: string;
  constructor(message: string, actual: unknown, expected: unknown, operator: string) {
    super(message);
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
  }
}

const show = (value: unknown): string => (typeof value === "string" ? JSON.stringify(value) : String(value));

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Map && b instanceof Map)
    return a.size === b.size && [...a].every(([key, value]) => b.has(key) && isDeepEqual(value, b.get(key)));
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((value) => b.has(value));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (key) => Object.hasOwn(b, key) && isDeepEqual(a[key as keyof typeof a], b[key as keyof typeof b]),
    )
  );
}

function fail(
  message: string | undefined,
  fallback: string,
  actual: unknown,
  expected: unknown,
  op: string,
): never {
  throw new AssertionError(message ?? fallback, actual, expected, op);
}

/** Throws unless `actual` and `expected` are the same value (`Object.is`). */
export function equal(actual: unknown, expected: unknown, message?: string): void {
  if (!Object.is(actual, expected))
    fail(
      message,
      `Expected values to be strictly equal:\n\n${show(actual)} !== ${show(expected)}\n`,
      actual,
      expected,
      "strictEqual",
    );
}

/** Throws unless the two values have the same structure and the same primitives inside. */
export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  if (!isDeepEqual(actual, expected))
    fail(message, "Expected values to be strictly deep-equal.", actual, expected, "deepStrictEqual");
}

/** Throws unless `value` is truthy. */
export function ok(value: unknown, message?: string): void {
  if (!value) fail(message, "The expression evaluated to a falsy value.", value, true, "==");
}

/** Throws unless `text` matches `pattern`. */
export function match(text: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(text))
    fail(
      message,
      `The input did not match the regular expression ${String(pattern)}.`,
      text,
      pattern,
      "match",
    );
}

/** What `rejects` and `throws` accept: a pattern, an error class, a validation function, or fields. */
type ErrorCheck =
  RegExp | (new (...args: never[]) => Error) | ((error: unknown) => unknown) | Record<string, unknown>;

function checkError(error: unknown, expected: ErrorCheck | undefined, operator: string): void {
  if (expected === undefined) return;
  if (expected instanceof RegExp) {
    if (!expected.test(String(error)))
      fail(undefined, `The error did not match ${String(expected)}.`, error, expected, operator);
  } else if (typeof expected === "function") {
    // As Node decides: a class (an Error subclass, or anything the error is an instance of) is
    // matched with instanceof; any other function validates the error and must return true.
    const prototype: unknown = expected.prototype;
    if (prototype !== undefined && error instanceof (expected as new () => Error)) return;
    if (expected === Error || Object.prototype.isPrototypeOf.call(Error, expected))
      fail(undefined, `The error is not an instance of ${expected.name}.`, error, expected, operator);
    if ((expected as (error: unknown) => unknown)(error) !== true)
      fail(undefined, 'The validation function is expected to return "true".', error, expected, operator);
  } else {
    const actual = error as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) {
      const same =
        value instanceof RegExp ? value.test(String(actual[key])) : isDeepEqual(actual[key], value);
      if (!same)
        fail(
          undefined,
          `The error's ${key} is ${show(actual[key])}, not ${show(value)}.`,
          error,
          expected,
          operator,
        );
    }
  }
}

/** Resolves once `promise` (or the promise a function returns) rejects as `expected` says. */
export async function rejects(
  promise: Promise<unknown> | (() => Promise<unknown>),
  expected?: ErrorCheck,
): Promise<void> {
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (error) {
    checkError(error, expected, "rejects");
    return;
  }
  fail(undefined, "Missing expected rejection.", undefined, expected, "rejects");
}

/** Throws unless calling `block` throws as `expected` says. */
export function throws(block: () => unknown, expected?: ErrorCheck): void {
  try {
    block();
  } catch (error) {
    checkError(error, expected, "throws");
    return;
  }
  fail(undefined, "Missing expected exception.", undefined, expected, "throws");
}

/** The module's default export: Node's `assert` function, with the methods on it. */
export const assert = Object.assign((value: unknown, message?: string) => ok(value, message), {
  equal,
  strictEqual: equal,
  deepEqual,
  deepStrictEqual: deepEqual,
  ok,
  match,
  rejects,
  throws,
  AssertionError,
});
