/**
 * The practice server as one web-standard handler. It runs unchanged under Node, inside a
 * WebContainer and inside the in-browser fallback, so every sample sees the same server.
 * Routes are listed in README.md beside this file.
 */
import { AttemptCounter, bodyTooLarge, declaresTooLargeBody, readCappedText } from "./limits.ts";
import { makePost, POST_COUNT } from "./posts.ts";

/** The address samples use to reach the practice server. */
export const PRACTICE_ORIGIN = "http://localhost:8787";

/** The longest wait `/delay/:ms` and `/stream` accept, so that no request can hang a run for long. */
export const MAX_DELAY_MS = 10_000;

/** Options for {@link createPracticeHandler}. */
export interface PracticeHandlerOptions {
  /**
   * The timers the server waits with. In the browser fallback the server shares a global scope
   * with learner code, whose timers are recorded; the server's own must not be.
   */
  timers?: PracticeTimers;
}

/** The two timer functions the server waits with (the globals fit). */
export interface PracticeTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A web-standard request handler. */
export type PracticeHandler = (request: Request) => Promise<Response>;

const commonHeaders = { "access-control-allow-origin": "*" };

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...commonHeaders, "content-type": "application/json; charset=utf-8" },
  });
}

type Timers = PracticeTimers;

/** Resolves after `ms`, or early (without error) when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal, timers: Timers): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = timers.setTimeout(done, ms);
    function done(): void {
      timers.clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done);
  });
}

function clampedInteger(text: string | null, fallback: number, min: number, max: number): number {
  const value = text === null || text === "" ? fallback : Number(text);
  if (!Number.isInteger(value)) return Number.NaN;
  return Math.min(Math.max(value, min), max);
}

function badRequest(message: string): Response {
  return json({ error: message }, 400);
}

async function echo(request: Request, url: URL): Promise<Response> {
  const text = request.method === "GET" || request.method === "HEAD" ? "" : await readCappedText(request);
  if (text === undefined) return bodyTooLarge();
  let parsed: unknown;
  try {
    parsed = text === "" ? null : JSON.parse(text);
  } catch {
    parsed = null;
  }
  return json({
    method: request.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: Object.fromEntries(request.headers),
    body: text === "" ? null : text,
    json: parsed,
  });
}

function status(code: number): Response {
  if (!Number.isInteger(code) || code < 200 || code > 599) {
    return badRequest("Expected /status/:code with a code from 200 to 599.");
  }
  const bodiless = code === 204 || code === 205 || code === 304;
  return bodiless
    ? new Response(null, { status: code, headers: commonHeaders })
    : json({ status: code }, code);
}

function stream(url: URL, signal: AbortSignal, timers: Timers): Response {
  const chunks = clampedInteger(url.searchParams.get("chunks"), 5, 1, 100);
  const intervalMs = clampedInteger(url.searchParams.get("intervalMs"), 200, 0, MAX_DELAY_MS);
  if (Number.isNaN(chunks) || Number.isNaN(intervalMs)) {
    return badRequest("Expected whole numbers: /stream?chunks=5&intervalMs=200.");
  }
  const encoder = new TextEncoder();
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent > 0) await sleep(intervalMs, signal, timers);
      if (signal.aborted) return controller.close();
      sent += 1;
      controller.enqueue(encoder.encode(`chunk ${sent}\n`));
      if (sent === chunks) controller.close();
    },
  });
  return new Response(body, {
    headers: { ...commonHeaders, "content-type": "text/plain; charset=utf-8" },
  });
}

const routeList = [
  "GET /posts/:id",
  "GET /delay/:ms",
  "ANY /status/:code",
  "ANY /echo",
  "GET /stream?chunks=N&intervalMs=M",
  "GET /flaky/:key?failures=N",
  "GET /ws/echo (WebSocket)",
];

/**
 * Creates the practice server's handler. Each handler keeps its own state (the `/flaky` counters),
 * so tests and runs that need a fresh server make a fresh handler.
 *
 * @example
 * const handle = createPracticeHandler();
 * const response = await handle(new Request("http://localhost:8787/posts/1"));
 */
export function createPracticeHandler(options: PracticeHandlerOptions = {}): PracticeHandler {
  const flakyAttempts = new AttemptCounter();
  const timers = options.timers ?? { setTimeout, clearTimeout };

  async function route(request: Request, url: URL): Promise<Response> {
    const [first = "", second, ...rest] = url.pathname.split("/").filter(Boolean);
    if (rest.length > 0) return json({ error: `No route for ${url.pathname}.` }, 404);
    switch (first) {
      case "":
        return json({ routes: routeList });
      case "posts": {
        const id = Number(second);
        return Number.isInteger(id) && id >= 1 && id <= POST_COUNT
          ? json(makePost(id))
          : json({ error: `No post with id ${second ?? ""}; ids go from 1 to ${POST_COUNT}.` }, 404);
      }
      case "delay": {
        const ms = clampedInteger(second ?? null, 0, 0, MAX_DELAY_MS);
        if (Number.isNaN(ms)) return badRequest("Expected /delay/:ms with a whole number of ms.");
        await sleep(ms, request.signal, timers);
        return json({ delayedMs: ms });
      }
      case "status":
        return status(Number(second));
      case "echo":
        return second === undefined ? echo(request, url) : json({ error: "Did you mean /echo?" }, 404);
      case "stream":
        return stream(url, request.signal, timers);
      case "flaky": {
        const failures = clampedInteger(url.searchParams.get("failures"), 2, 0, 100);
        if (second === undefined || Number.isNaN(failures)) {
          return badRequest("Expected /flaky/:key?failures=N.");
        }
        const attempts = flakyAttempts.next(second);
        return attempts <= failures
          ? json({ error: "Try again later.", attempts }, 503)
          : json({ key: second, attempts });
      }
      default:
        return json({ error: `No route for ${url.pathname}. GET / lists the routes.` }, 404);
    }
  }

  return function handlePracticeRequest(request: Request): Promise<Response> {
    // A declared length over the cap is refused before any route runs, whether or not the route reads
    // the body; a body sent without a length is capped as it is read.
    if (declaresTooLargeBody(request)) return Promise.resolve(bodyTooLarge());
    return route(request, new URL(request.url));
  };
}
