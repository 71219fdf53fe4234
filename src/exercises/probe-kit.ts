/**
 * What an exercise's probe works with: this run's words, a way to report what it saw, and the
 * built-ins it needs, all taken before the learner's code runs. A program may replace
 * `console.log`, `Date.now`, `performance.now`, `setTimeout`, `Response` or `Headers` for itself;
 * the probe still reads real statuses, bodies, headers and times, and its reports go through the
 * host's own channel (a port or a framed stream the program cannot reach), never through output.
 * Web-standard: the learner realm and both Node preloads capture one with `captureProbeKit`.
 */

/** Given to the probe's default export, with the learner's functions (see probe-program.ts). */
export interface ProbeKit {
  /** The words picked for this run; nowhere in the program's source. */
  readonly words: readonly string[];
  /** Tells the check one fact the probe saw, as a line; the check compares these lines. */
  report(line: string): void;
  /** Milliseconds on a clock the program cannot change. */
  now(): number;
  /**
   * Resolves after `ms` on a timer the program cannot change, and that no timeline row shows; at
   * once, with the timer cleared, when `until` is called off first (so it holds no process open).
   */
  sleep(ms: number, until?: AbortSignal): Promise<void>;
  /**
   * What `promise` has settled with once the microtasks queued now have run (20 hops, enough for
   * any chain of awaits a put sets off), or `undefined` when it has not: it settles before any
   * timer or message could, so only code woken directly, not by polling, passes.
   */
  settledNow<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown } | undefined>;
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
  /** Writes a value as JSON with the real writer, keys sorted, so equal data reads equal. */
  canonicalJson(value: unknown): string;
}

/** The functions a host hands in: how a report leaves the realm, and this run's words. */
export interface ProbeKitSetup {
  report: (line: string) => void;
  words: readonly string[];
}

type Getter<T> = (this: T) => unknown;

/**
 * Captures the built-ins now, so call it before the learner's code runs.
 *
 * @example
 * const kit = captureProbeKit({ words, report: (line) => port.postMessage({ type: "check", text: line }) });
 */
export function captureProbeKit(setup: ProbeKitSetup): ProbeKit {
  const apply = Reflect.apply;
  const clock = performance.now.bind(performance);
  const timer = setTimeout.bind(globalThis);
  const clearTimer = clearTimeout.bind(globalThis);
  const RealPromise = Promise;
  const resolved = Promise.resolve();
  const RealRequest = Request;
  const RealResponse = Response;
  // Getters taken off the prototype on purpose, as the methods below.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const statusOf = Object.getOwnPropertyDescriptor(Response.prototype, "status")?.get as Getter<Response>;
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const headersOf = Object.getOwnPropertyDescriptor(Response.prototype, "headers")?.get as Getter<Response>;
  // Taken off the prototypes on purpose: called through `apply` with the real object as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const readText = Response.prototype.text;
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const getHeader = Headers.prototype.get;
  const { parse, stringify } = JSON;
  const isArray = Array.isArray;
  const keysOf = Object.keys;
  const words = Object.freeze([...setup.words]);
  const report = setup.report;

  const sorted = (value: unknown): unknown => {
    if (isArray(value)) return value.map(sorted);
    if (typeof value !== "object" || value === null) return value;
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of keysOf(record).sort()) out[key] = sorted(record[key]);
    return out;
  };

  return Object.freeze({
    words,
    report: (line: string) => report(line),
    now: () => clock(),
    sleep: (ms: number, until?: AbortSignal) =>
      new RealPromise<void>((resolve) => {
        const handle = timer(resolve, ms);
        until?.addEventListener("abort", () => {
          clearTimer(handle);
          resolve();
        });
      }),
    settledNow: async <T>(promise: Promise<T>) => {
      let outcome: { value: T } | { error: unknown } | undefined;
      void (async () => {
        try {
          outcome = { value: await promise };
        } catch (error) {
          outcome = { error };
        }
      })();
      for (let hop = 0; hop < 20 && outcome === undefined; hop += 1) await resolved;
      return outcome;
    },
    status: (response: Response) => apply(statusOf, response, []) as number,
    text: (response: Response) => apply(readText, response, []),
    header: (response: Response, name: string) =>
      apply(getHeader, apply(headersOf, response, []) as Headers, [name]),
    request: (url: string, init?: RequestInit) => new RealRequest(url, init),
    response: (body: string | null, init?: ResponseInit) => new RealResponse(body, init),
    parseJson: (text: string): unknown => {
      try {
        return parse(text);
      } catch {
        return undefined;
      }
    },
    canonicalJson: (value: unknown) => stringify(sorted(value)),
  });
}
