/**
 * The built-ins a probe and its kit lean on, taken when the kit is captured (before the learner's
 * code runs) and called without asking any prototype again: a program may replace
 * `Promise.prototype.then`, `Array.prototype.join`, `JSON.stringify`, `Object.keys`… for itself,
 * and the probe still uses the originals. Each method is called through `Reflect.apply` with the
 * real object as `this`, lists are walked with index loops, and records are built with no
 * prototype, so no setter, getter or `toJSON` a program adds to `Object.prototype` is reached.
 * Web-standard: every host captures these through `captureProbeKit` (probe-kit.ts).
 */

/** A method taken off a prototype, to be called with `Reflect.apply`. */
export type Method = (this: never, ...args: never[]) => unknown;

/** A getter taken off a prototype, to be called with `Reflect.apply`. */
function getterOf(prototype: object, name: string): Method {
  // Taken off the prototype on purpose: called through `Reflect.apply` with the real object.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const getter = Object.getOwnPropertyDescriptor(prototype, name)?.get;
  if (getter === undefined) throw new TypeError(`The runtime has no getter ${name} to capture.`);
  return getter as Method;
}

/**
 * Takes the built-ins now. Call it before the learner's code runs.
 *
 * @example
 * const builtIns = captureBuiltIns();
 * builtIns.apply(builtIns.promiseThen, promise, [onFulfilled, onRejected]);
 */
export function captureBuiltIns() {
  /* eslint-disable @typescript-eslint/unbound-method -- taken off prototypes on purpose: each is
     called through `apply` with the real object as `this`. */
  return Object.freeze({
    apply: Reflect.apply,
    getPrototypeOf: Reflect.getPrototypeOf,
    defineProperty: Reflect.defineProperty,
    ownDescriptor: Reflect.getOwnPropertyDescriptor,
    hasOwn: Object.hasOwn,
    ownKeys: Object.keys,
    createBare: Object.create as (prototype: null) => Record<string, unknown>,
    freeze: Object.freeze,
    isArray: Array.isArray,
    Promise,
    promiseThen: Promise.prototype.then as Method,
    promiseConstructor: Promise.prototype.constructor,
    resolved: Promise.resolve(),
    Request,
    Response,
    Error,
    DOMException,
    errorPrototype: Error.prototype,
    isPrototypeOf: Object.prototype.isPrototypeOf,
    AbortController,
    abort: AbortController.prototype.abort as Method,
    signalOf: getterOf(AbortController.prototype, "signal"),
    signalAborted: getterOf(AbortSignal.prototype, "aborted"),
    signalReason: getterOf(AbortSignal.prototype, "reason"),
    addEventListener: EventTarget.prototype.addEventListener,
    statusOf: getterOf(Response.prototype, "status"),
    headersOf: getterOf(Response.prototype, "headers"),
    bodyOf: getterOf(Response.prototype, "body"),
    readText: Response.prototype.text,
    getHeader: Headers.prototype.get,
    parse: JSON.parse,
    stringify: JSON.stringify,
    encodeUri: encodeURI,
    encodeUriComponent: encodeURIComponent,
    sliceText: String.prototype.slice,
    charCodeAt: String.prototype.charCodeAt,
    encodeUtf8: TextEncoder.prototype.encode,
    encoder: new TextEncoder(),
    sliceBytes: Uint8Array.prototype.slice,
    byteCount: getterOf(Object.getPrototypeOf(Uint8Array.prototype) as object, "length"),
    ReadableStream,
    enqueue: ReadableStreamDefaultController.prototype.enqueue as Method,
    closeStream: ReadableStreamDefaultController.prototype.close,
    getReader: ReadableStream.prototype.getReader as Method,
    readChunk: ReadableStreamDefaultReader.prototype.read as Method,
    cancelReader: ReadableStreamDefaultReader.prototype.cancel as Method,
    setTimer: setTimeout.bind(globalThis) as (handler: () => void, ms: number) => unknown,
    clearTimer: clearTimeout.bind(globalThis) as (handle: unknown) => void,
    clock: performance.now.bind(performance),
  });
  /* eslint-enable @typescript-eslint/unbound-method */
}

/** What {@link captureBuiltIns} took. */
export type BuiltIns = ReturnType<typeof captureBuiltIns>;

/**
 * Makes `Promise.prototype.constructor` fixed. Every `await` asks a promise for its constructor,
 * and when that is not the real Promise it goes on to ask for `then`, which a program could use to
 * hand the probe a forged value and put everything back before the next report. No program has a
 * reason to replace it (one that tries gets a TypeError, as in any frozen built-in).
 */
export function fixPromiseConstructor(builtIns: BuiltIns): void {
  const prototype = builtIns.Promise.prototype;
  const descriptor = builtIns.ownDescriptor(prototype, "constructor");
  if (descriptor?.configurable !== true) return;
  builtIns.defineProperty(prototype, "constructor", {
    value: builtIns.promiseConstructor,
    writable: false,
    enumerable: false,
    configurable: false,
  });
}

/**
 * The built-ins that the language itself reaches through a prototype, which no capture can avoid:
 * `await` asks a promise's `constructor` (and then its `then`, when that is not the real
 * Promise), and resolving with any object asks for its `then`. The kit checks these are still
 * the originals before every report, and reports the change instead when one is not.
 */
export function replacedBuiltIn(builtIns: BuiltIns): string | undefined {
  // Descriptors, not reads: a getter put there could answer the check one way and `await` another.
  const own = (name: string): unknown => {
    const descriptor = builtIns.ownDescriptor(builtIns.Promise.prototype, name);
    return descriptor !== undefined && builtIns.hasOwn(descriptor, "value") ? descriptor.value : undefined;
  };
  if (own("constructor") !== builtIns.promiseConstructor) return "Promise.prototype.constructor";
  if (own("then") !== builtIns.promiseThen) return "Promise.prototype.then";
  const objectPrototype = builtIns.getPrototypeOf(builtIns.errorPrototype) as Record<string, unknown>;
  if ("then" in objectPrototype) return "Object.prototype.then";
  return undefined;
}
