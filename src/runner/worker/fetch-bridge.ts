/**
 * The learner's `fetch`, in the learner's realm: it has no network and no practice server of its
 * own, so it sends each request to the runtime (see fetch-server.ts) and builds the Response from
 * the pieces that come back. Until a response's body has fully arrived the request counts as
 * pending work, so a program reading a slow stream is not taken for idle.
 */
import type { FetchOrder, FetchReply } from "./realm-messages.ts";
import type { FetchFunction } from "./practice-fetch.ts";

interface OpenRequest {
  resolve: (response: Response) => void;
  reject: (error: unknown) => void;
  body?: ReadableStreamDefaultController<Uint8Array>;
  settled: boolean;
}

/** The learner's fetch, and what it does with each reply from the runtime. */
export interface FetchBridge {
  fetch: FetchFunction;
  receive(reply: FetchReply): void;
}

/**
 * @example
 * const bridge = createFetchBridge((order) => port.postMessage(order), track);
 * port.onmessage = (event) => bridge.receive(event.data);
 */
export function createFetchBridge(
  send: (message: FetchOrder | { type: "fetch-abort"; id: number }, transfer?: Transferable[]) => void,
  track: { begin(): void; end(): void },
): FetchBridge {
  const open = new Map<number, OpenRequest>();
  let nextId = 1;

  const close = (id: number) => {
    if (open.delete(id)) track.end();
  };
  // The program may have cancelled or locked the body already; then there is nothing to tell it.
  const onBody = (entry: OpenRequest, step: (body: ReadableStreamDefaultController<Uint8Array>) => void) => {
    try {
      if (entry.body !== undefined) step(entry.body);
    } catch {
      // Cancelled by the program: the rest of the body has nowhere to go.
    }
  };

  return {
    async fetch(input, init) {
      const request = new Request(input, init);
      // The program's own signal where it gave one: a Request's copy of it does not always follow
      // an abort in Firefox.
      const signal = init?.signal ?? (input instanceof Request ? input.signal : request.signal);
      if (signal.aborted) throw signal.reason;
      // Not `request.body`: Firefox has no Request.body (undefined), and a GET or HEAD must send none.
      const bodiless = request.method === "GET" || request.method === "HEAD";
      const body = bodiless ? null : await request.arrayBuffer();
      const id = nextId++;
      return new Promise<Response>((resolve, reject) => {
        const entry: OpenRequest = { resolve, reject, settled: false };
        open.set(id, entry);
        track.begin();
        signal.addEventListener(
          "abort",
          () => {
            if (!open.has(id)) return;
            send({ type: "fetch-abort", id });
            if (entry.settled) onBody(entry, (stream) => stream.error(signal.reason));
            // The reason need not be an Error, and fetch must pass it on unchanged.
            // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
            else reject(signal.reason);
            close(id);
          },
          { once: true },
        );
        const order: FetchOrder = {
          type: "fetch",
          id,
          url: request.url,
          method: request.method,
          headers: [...request.headers],
          body,
        };
        send(order, body === null ? [] : [body]);
      });
    },

    receive(reply) {
      const entry = open.get(reply.id);
      if (entry === undefined) return;
      if (reply.type === "response") {
        entry.settled = true;
        const nullBody = [101, 204, 205, 304].includes(reply.status);
        const stream = new ReadableStream<Uint8Array>({
          start: (controller) => {
            entry.body = controller;
          },
          // The program stopped reading: the runtime stops the body, and the request is done.
          cancel: () => {
            if (!open.has(reply.id)) return;
            send({ type: "fetch-abort", id: reply.id });
            close(reply.id);
          },
        });
        entry.resolve(
          new Response(nullBody ? null : stream, {
            status: reply.status,
            statusText: reply.statusText,
            headers: reply.headers,
          }),
        );
      } else if (reply.type === "chunk") {
        onBody(entry, (stream) => stream.enqueue(reply.bytes));
      } else if (reply.type === "end") {
        onBody(entry, (stream) => stream.close());
        close(reply.id);
      } else {
        if (entry.settled) onBody(entry, (stream) => stream.error(new TypeError(reply.message)));
        else entry.reject(new TypeError(reply.message));
        close(reply.id);
      }
    },
  };
}
