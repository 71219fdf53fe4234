/**
 * `fetch` for the in-browser fallback: requests to the practice server are answered in-process by
 * the same handler Node serves; any other address fails the way a refused connection does, since
 * learner code has no network here.
 */
import { PRACTICE_ORIGIN, type PracticeHandler } from "../playground/handler.ts";

/** The fetch signature the shim provides. */
export type FetchFunction = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException("This operation was aborted", "AbortError");
}

/** Makes a fetch that serves `handler` at `origin` and refuses everything else. */
export function createPracticeFetch(handler: PracticeHandler, origin = PRACTICE_ORIGIN): FetchFunction {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== origin) {
      const where =
        url.hostname === "localhost" || url.hostname === "127.0.0.1"
          ? "connection refused"
          : "no network access";
      throw new TypeError(`fetch failed: ${where} (${url.origin}). Only ${origin} answers in this runtime.`);
    }
    const { signal } = request;
    if (signal.aborted) throw abortReason(signal);
    // The handler stops waiting when the signal aborts; fetch itself must then reject, as a browser's does.
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(abortReason(signal));
      signal.addEventListener("abort", onAbort, { once: true });
      handler(request).then(
        (response) => {
          signal.removeEventListener("abort", onAbort);
          if (signal.aborted) reject(abortReason(signal));
          else resolve(response);
        },
        (error: unknown) => {
          signal.removeEventListener("abort", onAbort);
          reject(new TypeError("fetch failed", { cause: error }));
        },
      );
    });
  };
}
