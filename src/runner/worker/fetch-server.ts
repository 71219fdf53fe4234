/**
 * The runtime's side of the learner's `fetch`: it serves each request the learner's realm sends
 * with the practice server's fetch (probed for the timeline on the runtime's own clock), and sends
 * the response back in pieces: its head, then its body chunk by chunk. An abort from the learner's
 * side aborts the request and stops its body.
 */
import type { FetchOrder, FetchReply } from "./realm-messages.ts";
import type { FetchFunction } from "./practice-fetch.ts";

/** Serves the learner realm's requests. */
export interface FetchServer {
  serve(order: FetchOrder): void;
  abort(id: number): void;
}

/** At most this many requests at once: more would only be a program flooding the runtime. */
const maxOpenRequests = 1_000;

/**
 * @example
 * const server = createFetchServer(probedFetch, (reply, transfer) => learner.postMessage(reply, transfer));
 */
export function createFetchServer(
  fetch: FetchFunction,
  reply: (message: FetchReply, transfer?: Transferable[]) => void,
): FetchServer {
  const open = new Map<number, AbortController>();

  async function send(order: FetchOrder, controller: AbortController): Promise<void> {
    const { id } = order;
    const response = await fetch(order.url, {
      method: order.method,
      headers: order.headers,
      body: order.body,
      signal: controller.signal,
    });
    reply({
      type: "response",
      id,
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
    });
    const reader = response.body?.getReader();
    controller.signal.addEventListener("abort", () => void reader?.cancel().catch(() => undefined), {
      once: true,
    });
    for (;;) {
      const chunk = await reader?.read();
      if (chunk === undefined || chunk.done || controller.signal.aborted) break;
      const bytes = chunk.value.slice();
      reply({ type: "chunk", id, bytes }, [bytes.buffer]);
    }
    reply({ type: "end", id });
  }

  return {
    serve(order) {
      if (open.has(order.id) || open.size >= maxOpenRequests) {
        reply({ type: "failed", id: order.id, message: "fetch failed: too many requests at once" });
        return;
      }
      const controller = new AbortController();
      open.set(order.id, controller);
      send(order, controller)
        .catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          reply({ type: "failed", id: order.id, message });
        })
        .finally(() => open.delete(order.id));
    },
    abort(id) {
      open.get(id)?.abort();
    },
  };
}
