/**
 * The JavaScript end of the Python loopback network (site/pagepython/loopback.py): one HTTP request
 * that Python parsed off its in-memory connection, handed to the same practice handler the built-in
 * runtime serves, with the response's status, headers and body reader handed back to Python.
 */
import { PRACTICE_ORIGIN, type PracticeHandler } from "../practice-server/handler.ts";

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
export function createPracticeExchange(handler: PracticeHandler) {
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
    const response = handler(new Request(PRACTICE_ORIGIN + target, init)).then((answer): PracticeAnswer => ({
      status: answer.status,
      headers: [...answer.headers],
      reader: answer.body === null ? null : answer.body.getReader(),
    }));
    const exchange: PracticeExchange = { response, abort: () => controller.abort() };
    return exchange;
  };
}
