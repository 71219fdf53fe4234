/**
 * The kit's data helpers, built on built-ins captured before the learner's code ran
 * (captured-built-ins.ts): JSON written with keys sorted and no `toJSON` asked, and a readable
 * stream the probe fills with the real controller (a program that replaced `enqueue` or
 * `Uint8Array.prototype.slice` cannot make the probe's body easier to read). Web-standard.
 */
import type { BuiltIns } from "./captured-built-ins.ts";

/** A body the probe writes: a real ReadableStream, and the real controller's enqueue and close. */
export interface ProbeStream {
  readonly body: ReadableStream<Uint8Array>;
  push(chunk: Uint8Array): void;
  close(): void;
}

/**
 * Sorts keys with a plain insertion sort: `Array.prototype.sort` may have been replaced. It only
 * writes indexes the array already has, which never reaches a setter on `Array.prototype`.
 */
function sortedKeys(b: BuiltIns, record: object): string[] {
  const keys = b.ownKeys(record);
  for (let index = 1; index < keys.length; index += 1) {
    const key = keys[index] as string;
    let at = index - 1;
    while (at >= 0 && (keys[at] as string) > key) {
      keys[at + 1] = keys[at] as string;
      at -= 1;
    }
    keys[at + 1] = key;
  }
  return keys;
}

/**
 * `value` as JSON with every object's keys sorted, so equal data reads equal. Written by hand:
 * `JSON.stringify` asks each object for `toJSON`, which a program can add to `Object.prototype`;
 * here only strings and numbers go through the real `stringify`.
 */
export function canonicalJsonWith(b: BuiltIns, value: unknown): string {
  if (value === null || typeof value === "boolean") return value === null ? "null" : value ? "true" : "false";
  if (typeof value === "string" || typeof value === "number") return b.stringify(value);
  if (typeof value !== "object") return "null";
  let out = "";
  if (b.isArray(value)) {
    for (let index = 0; index < value.length; index += 1)
      out += (index === 0 ? "" : ",") + canonicalJsonWith(b, value[index]);
    return `[${out}]`;
  }
  const keys = sortedKeys(b, value);
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string;
    const field = (value as Record<string, unknown>)[key];
    out += `${index === 0 ? "" : ","}${b.stringify(key)}:${canonicalJsonWith(b, field)}`;
  }
  return `{${out}}`;
}

/** A readable stream of bytes the probe fills itself. */
export function streamWith(b: BuiltIns): ProbeStream {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new b.ReadableStream<Uint8Array>({
    start(given) {
      controller = given;
    },
  });
  const stream = b.createBare(null) as unknown as { -readonly [K in keyof ProbeStream]: ProbeStream[K] };
  stream.body = body;
  stream.push = (chunk) => void b.apply(b.enqueue, controller, [chunk]);
  stream.close = () => b.apply(b.closeStream, controller, []);
  return stream;
}
