/**
 * `fetch` for the in-browser fallback: requests to the practice server are answered in-process by
 * the same handler Node serves; any other address fails the way a refused connection does, since
 * learner code has no network here.
 */
import { PRACTICE_ORIGIN, type PracticeHandler } from "../practice-server/handler.ts";

/** The fetch signature the shim provides. */
export type FetchFunction = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * What fetch rejects with once its signal has aborted: the signal's reason, whatever value it is, as
 * the Fetch standard says (`abort("why")` makes fetch reject with the string "why"). A signal aborted
 * without a reason already holds a DOMException named "AbortError", so that case needs nothing.
 */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason;
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
      // The reason need not be an Error (see abortReason), and fetch must pass it on unchanged.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      const onAbort = () => reject(abortReason(signal));
      signal.addEventListener("abort", onAbort, { once: true });
      handler(request).then(
        (response) => {
          signal.removeEventListener("abort", onAbort);
          if (signal.aborted) onAbort();
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
