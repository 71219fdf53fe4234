/**
 * What an exercise's probe works with: this run's words, a way to report what it saw, and the
 * built-ins it needs, all taken before the learner's code runs (captured-built-ins.ts). A program
 * may replace `console.log`, `Date.now`, `setTimeout`, `Response`, `Promise.prototype.then`,
 * `Promise.race`, `Array.prototype.join`, `JSON.stringify` or add setters to `Object.prototype`
 * for itself; the probe still reads real statuses, bodies, settles and times, and its reports go
 * through the host's own channel (a port or a framed stream the program cannot reach), never
 * through output. A probe uses the kit rather than globals, index loops rather than `for…of` or
 * array methods, and closure variables rather than records it assigns to.
 * Web-standard: the learner realm and both Node preloads capture one with `captureProbeKit`.
 */
import {
  captureBuiltIns,
  fixPromiseConstructor,
  type Method,
  replacedBuiltIn,
} from "./captured-built-ins.ts";
import { canonicalJsonWith, type ProbeStream, streamWith } from "./probe-kit-data.ts";

/** How a promise settled; a record with no prototype, so awaiting it asks nobody for `then`. */
export type Outcome<T> = { readonly atMs: number } & (
  { readonly fulfilled: true; readonly value: T } | { readonly fulfilled: false; readonly reason: unknown }
);

/** Given to the probe's default export, with the learner's functions (see probe-program.ts). */
export interface ProbeKit {
  /** The words picked for this run; nowhere in the program's source. */
  readonly words: readonly string[];
  /** Tells the check one fact the probe saw, as a line; the check compares these lines. */
  report(line: string): void;
  /** Milliseconds on a clock the program cannot change. */
  now(): number;
  /** Resolves after `ms` on a timer the program cannot change, and that no timeline row shows. */
  sleep(ms: number): Promise<void>;
  /** Calls `callback` after `ms` on the kit's timer; the function returned calls it off. */
  after(ms: number, callback: () => void): () => void;
  /** A timer that can be called off (so it holds no process open): `done` resolves at `ms`. */
  timer(ms: number): { readonly done: Promise<void>; cancel(): void };
  /** A promise built with the real `Promise`. */
  promise<T>(executor: (resolve: (value: T) => void, reject: (reason: unknown) => void) => void): Promise<T>;
  /**
   * How `value` settles, and when on the kit's clock (never rejects); a real promise is watched
   * through the real `then`. `onSettled` hears of it at once, before anything awaiting this does.
   */
  settle<T>(value: T | PromiseLike<T>, onSettled?: (outcome: Outcome<T>) => void): Promise<Outcome<T>>;
  /** The first of `promises` to settle, as `Promise.race` would, without asking `Promise`. */
  firstOf<T>(...promises: Promise<T>[]): Promise<T>;
  /**
   * What `promise` has settled with once the microtasks queued now have run (20 hops, enough for
   * any chain of awaits a put sets off), or `undefined` when it has not: it settles before any
   * timer or message could, so only code woken directly, not by polling, passes.
   */
  settledNow<T>(promise: Promise<T>): Promise<Outcome<T> | undefined>;
  /** A real AbortController, and its real `abort` and `signal`. */
  controller(): AbortController;
  abort(controller: AbortController): void;
  signalOf(controller: AbortController): AbortSignal;
  /** The real reason of a real signal. */
  reasonOf(signal: AbortSignal): unknown;
  /** Calls `listener` when `signal` aborts; false when `signal` is no real AbortSignal. */
  onAbort(signal: unknown, listener: () => void): boolean;
  /** Whether `value`'s prototype chain holds `type.prototype` (`instanceof`, asking no static method). */
  isInstance(value: unknown, type: abstract new (...args: never[]) => unknown): boolean;
  /** Whether `value` is an Error (its prototype chain holds the real `Error.prototype`). */
  isError(value: unknown): value is Error;
  /** A copy of `fields` with no prototype: resolving or awaiting it asks nobody for `then`. */
  bare<T extends object>(fields: T): T;
  /** Whether `value` is an array, asked of the real `Array.isArray`. */
  isList(value: unknown): value is readonly unknown[];
  /** A real Error, with its own `name` when one is given (no setter a program added is asked). */
  error(message: string, name?: string): Error;
  /** A real DOMException. */
  domException(message: string, name: string): DOMException;
  /** The response's real status. */
  status(response: Response): number;
  /** The response's real body, read as text. */
  text(response: Response): Promise<string>;
  /** One of the response's real headers, or null. */
  header(response: Response, name: string): string | null;
  /** A request built with the real `Request`. */
  request(url: string, init?: RequestInit): Request;
  /** A response built with the real `Response`. */
  response(body: string | null, init?: ResponseInit): Response;
  /** Parses JSON with the real parser, or gives undefined when it is not JSON. */
  parseJson(text: string): unknown;
  /** Writes a value as JSON, keys sorted, so equal data reads equal; no `toJSON` is asked. */
  canonicalJson(value: unknown): string;
  /** The real `encodeURI` and `encodeURIComponent`. */
  encodeUri(text: string): string;
  encodeUriComponent(text: string): string;
  /** The UTF-16 code at `index` of `text`, with the real `charCodeAt`. */
  charCode(text: string, index: number): number;
  /** Whether `value` is a promise (its prototype chain holds the real `Promise.prototype`). */
  isPromise(value: unknown): value is Promise<unknown>;
  /** Part of a text, with the real `String.prototype.slice`. */
  slice(text: string, start: number, end?: number): string;
  /** The parts joined with `separator`. */
  join(parts: readonly string[], separator: string): string;
  /** A whole number of milliseconds, for a report. */
  round(ms: number): number;
  /** UTF-8 bytes of `text`, and part of them, with the real encoder and `slice`. */
  utf8(text: string): Uint8Array;
  bytes(bytes: Uint8Array, start: number, end?: number): Uint8Array;
  byteCount(bytes: Uint8Array): number;
  /** A real ReadableStream whose chunks the probe pushes with the real controller. */
  stream(): ProbeStream;
}

/** The functions a host hands in: how a report leaves the realm, and this run's words. */
export interface ProbeKitSetup {
  report: (line: string) => void;
  words: readonly string[];
  /**
   * Told when a kit timer starts and ends, for a host that ends a run once nothing is left to wait
   * for: a probe waiting on its own timer is still work, not a program stuck on a promise.
   */
  pending?: { begin: () => void; end: () => void };
}

/**
 * Captures the built-ins now, so call it before the learner's code runs.
 *
 * @example
 * const kit = captureProbeKit({ words, report: (line) => port.postMessage({ type: "check", text: line }) });
 */
export function captureProbeKit(setup: ProbeKitSetup): ProbeKit {
  const b = captureBuiltIns();
  fixPromiseConstructor(b);
  const { apply, Promise: RealPromise } = b;
  /** A captured method called with `self` as `this`; what it gives is what the method gives. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- R names what the method gives.
  const call = <R>(method: Method, self: unknown, args: readonly unknown[]): R =>
    apply(method, self, args) as R;
  const words = b.freeze([...setup.words]);
  const send = setup.report;
  let replaced: string | undefined;

  const bare = <T>(fields: T): T => {
    const out = b.createBare(null);
    const keys = b.ownKeys(fields as object);
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] as string;
      out[key] = (fields as Record<string, unknown>)[key];
    }
    return out as T;
  };
  /** Watches `value` settle: a real promise through the real `then`, anything else as `await` would. */
  const watch = (
    value: unknown,
    fulfilled: (value: unknown) => void,
    rejected: (reason: unknown) => void,
  ) => {
    try {
      apply(b.promiseThen, value, [fulfilled, rejected]);
    } catch {
      // Not a real promise: a thenable is asked, as `await` asks it; a plain value is fulfilled.
      const adopted = new RealPromise((resolve) => resolve(value));
      apply(b.promiseThen, adopted, [fulfilled, rejected]);
    }
  };
  const outcomeOf = <T>(fulfilled: boolean, value: unknown): Outcome<T> =>
    fulfilled
      ? bare({ atMs: b.clock(), fulfilled: true, value: value as T })
      : bare({ atMs: b.clock(), fulfilled: false, reason: value });
  const settle = <T>(value: unknown, onSettled?: (outcome: Outcome<T>) => void) =>
    new RealPromise<Outcome<T>>((resolve) => {
      const done = (outcome: Outcome<T>) => {
        onSettled?.(outcome);
        resolve(outcome);
      };
      watch(
        value,
        (got) => done(outcomeOf(true, got)),
        (reason) => done(outcomeOf(false, reason)),
      );
    });
  const pending = setup.pending;
  /** Calls `callback` after `ms`, or `cancelled` instead when called off; counted as pending work. */
  const countedTimer = (ms: number, callback: () => void, cancelled: () => void = () => undefined) => {
    let waiting = true;
    const once = (then: () => void) => {
      if (!waiting) return;
      waiting = false;
      pending?.end();
      then();
    };
    pending?.begin();
    const handle = b.setTimer(() => once(callback), ms);
    return () => {
      b.clearTimer(handle);
      once(cancelled);
    };
  };
  const timer = (ms: number) => {
    let cancel: () => void = () => undefined;
    const done = new RealPromise<void>((resolve) => {
      cancel = countedTimer(ms, resolve, resolve);
    });
    return bare({ done, cancel });
  };

  return b.freeze({
    words,
    report: (line: string) => {
      replaced ??= replacedBuiltIn(b);
      send(replaced === undefined ? line : `the program replaced ${replaced}, which the check relies on`);
    },
    now: () => b.clock(),
    sleep: (ms: number) => timer(ms).done,
    after: (ms: number, callback: () => void) => countedTimer(ms, callback),
    timer,
    promise: <T>(executor: (resolve: (value: T) => void, reject: (reason: unknown) => void) => void) =>
      new RealPromise<T>(executor),
    settle,
    firstOf: <T>(...promises: Promise<T>[]) =>
      new RealPromise<T>((resolve, reject) => {
        for (let index = 0; index < promises.length; index += 1)
          watch(promises[index], resolve as (value: unknown) => void, reject);
      }),
    settledNow: <T>(promise: Promise<T>) =>
      new RealPromise<Outcome<T> | undefined>((resolve) => {
        let outcome: Outcome<T> | undefined;
        watch(
          promise,
          (value) => (outcome = outcomeOf(true, value)),
          (reason) => (outcome = outcomeOf(false, reason)),
        );
        let hops = 0;
        const hop = (): void => {
          if (outcome !== undefined || hops >= 20) return resolve(outcome);
          hops += 1;
          apply(b.promiseThen, b.resolved, [hop]);
        };
        hop();
      }),
    controller: () => new b.AbortController(),
    abort: (controller: AbortController) => void apply(b.abort, controller, []),
    signalOf: (controller: AbortController) => call<AbortSignal>(b.signalOf, controller, []),
    reasonOf: (signal: AbortSignal) => call<unknown>(b.signalReason, signal, []),
    onAbort: (signal: unknown, listener: () => void) => {
      try {
        apply(b.signalAborted, signal, []);
      } catch {
        return false;
      }
      apply(b.addEventListener, signal, ["abort", listener]);
      return true;
    },
    isInstance: (value: unknown, type: abstract new (...args: never[]) => unknown) => {
      const prototype = (type as { prototype?: unknown }).prototype;
      if (typeof value !== "object" || value === null) return false;
      if (typeof prototype !== "object" || prototype === null) return false;
      return call<boolean>(b.isPrototypeOf, prototype, [value]);
    },
    isError: (value: unknown): value is Error =>
      typeof value === "object" &&
      value !== null &&
      call<boolean>(b.isPrototypeOf, b.errorPrototype, [value]),
    bare,
    isList: (value: unknown): value is readonly unknown[] => b.isArray(value),
    error: (message: string, name?: string) => {
      const error = new b.Error(message);
      if (name !== undefined)
        b.defineProperty(
          error,
          "name",
          bare({ value: name, writable: true, enumerable: false, configurable: true }),
        );
      return error;
    },
    domException: (message: string, name: string) => new b.DOMException(message, name),
    status: (response: Response) => call<number>(b.statusOf, response, []),
    text: (response: Response) => call<Promise<string>>(b.readText, response, []),
    header: (response: Response, name: string) =>
      call<string | null>(b.getHeader, apply(b.headersOf, response, []), [name]),
    request: (url: string, init?: RequestInit) => new b.Request(url, init),
    response: (body: string | null, init?: ResponseInit) => new b.Response(body, init),
    parseJson: (text: string): unknown => {
      try {
        return b.parse(text) as unknown;
      } catch {
        return undefined;
      }
    },
    canonicalJson: (value: unknown) => canonicalJsonWith(b, value),
    encodeUri: (text: string) => b.encodeUri(text),
    encodeUriComponent: (text: string) => b.encodeUriComponent(text),
    charCode: (text: string, index: number) => call<number>(b.charCodeAt, text, [index]),
    isPromise: (value: unknown): value is Promise<unknown> =>
      typeof value === "object" &&
      value !== null &&
      call<boolean>(b.isPrototypeOf, b.Promise.prototype, [value]),
    slice: (text: string, start: number, end?: number) => call<string>(b.sliceText, text, [start, end]),
    join: (parts: readonly string[], separator: string) => {
      let joined = "";
      for (let index = 0; index < parts.length; index += 1)
        joined += (index === 0 ? "" : separator) + (parts[index] as string);
      return joined;
    },
    round: (ms: number) => {
      const whole = ms - (ms % 1);
      return ms % 1 >= 0.5 ? whole + 1 : whole;
    },
    utf8: (text: string) => call<Uint8Array>(b.encodeUtf8, b.encoder, [text]),
    bytes: (bytes: Uint8Array, start: number, end?: number) =>
      call<Uint8Array>(b.sliceBytes, bytes, [start, end]),
    byteCount: (bytes: Uint8Array) => call<number>(b.byteCount, bytes, []),
    stream: () => streamWith(b),
  });
}
