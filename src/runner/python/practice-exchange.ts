/**
 * The JavaScript end of the Python loopback network (site/pagepython/loopback.py): one HTTP request
 * that Python parsed off its in-memory connection, handed to the same practice handler the built-in
 * runtime serves, with the response's status, headers and body reader handed back to Python.
 * Each request is also a timeline row, recorded here rather than in Python so a program can
 * neither forge nor hide one: it starts with the request and ends when the response's headers
 * arrive (`ok` for a 2xx status, as a TypeScript run's fetch probe says), or `cancelled` when the
 * connection closes first.
 */
import { PRACTICE_ORIGIN, type PracticeHandler } from "../practice-server/handler.ts";
import type { RequestEnd } from "./python-timeline.ts";

/** Opens a request's timeline row; the returned function ends it. */
export type RecordRequest = (method: string, target: string) => RequestEnd;

/** The practice server's answer, as Python reads it. */
export interface PracticeAnswer {
  status: number;
  headers: [string, string][];
  reader: ReadableStreamDefaultReader<Uint8Array> | null;
}

/** One request in flight; `abort` is what a closed connection does (a `/delay` ends early). */
export interface PracticeExchange {
  response: Promise<PracticeAnswer>;
  abort: () => void;
}

/**
 * Makes the function Python calls for each request on `localhost:8787`.
 *
 * @example
 * const exchange = createPracticeExchange(createPracticeHandler())("GET", "/json", [], null);
 * (await exchange.response).status; // 200
 */
export function createPracticeExchange(
  handler: PracticeHandler,
  recordRequest: RecordRequest = () => () => undefined,
) {
  return (
    method: string,
    target: string,
    headerPairs: Iterable<[string, string]>,
    body: Uint8Array | null,
  ) => {
    const controller = new AbortController();
    const headers = new Headers();
    for (const [name, value] of headerPairs) {
      try {
        headers.append(name, value);
      } catch {
        // A header name fetch forbids (Host, say): the handler never needs it.
      }
    }
    const init: RequestInit = { method, headers, signal: controller.signal };
    if (body !== null && method !== "GET" && method !== "HEAD") init.body = new Uint8Array(body);
    const request = new Request(PRACTICE_ORIGIN + target, init);
    const endOnce = recordRequest(method, target);
    let ended = false;
    // An aborted /delay still answers (early): the row keeps the end it was given first.
    const endRow: RequestEnd = (outcome, detail) => {
      if (ended) return;
      ended = true;
      endOnce(outcome, detail);
    };
    const response = handler(request).then(
      (answer): PracticeAnswer => {
        endRow(answer.ok ? "ok" : "error", String(answer.status));
        return {
          status: answer.status,
          headers: [...answer.headers],
          reader: answer.body === null ? null : answer.body.getReader(),
        };
      },
      (error: unknown) => {
        endRow(controller.signal.aborted ? "cancelled" : "error");
        throw error;
      },
    );
    const abort = () => {
      endRow("cancelled");
      controller.abort();
    };
    const exchange: PracticeExchange = { response, abort };
    return exchange;
  };
}
