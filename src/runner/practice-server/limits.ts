/**
 * What keeps the practice server standing whatever a sample sends it: a cap on request bodies, a
 * bounded memory for `/flaky` keys, and the short plain answers to requests it refuses. The Python
 * twin (public/practice_server.py) keeps the same numbers and texts; the route contract checks both.
 */

/** The largest request body accepted, in bytes: 1 MiB, as aiohttp's default `client_max_size`. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** How many `/flaky` keys the server remembers; past that, the least recently used is forgotten. */
export const MAX_FLAKY_KEYS = 256;

/** The answer to a body over {@link MAX_BODY_BYTES}. */
export const bodyTooLargeText = `Request body too large: the practice server accepts at most ${MAX_BODY_BYTES} bytes (1 MiB).`;

/** A short plain-text answer, with the header every practice server answer carries. */
export function plainText(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: {
      "access-control-allow-origin": "*",
      "content-type": "text/plain; charset=utf-8",
      ...headers,
    },
  });
}

/** The 413 answer to a body over {@link MAX_BODY_BYTES}. */
export function bodyTooLarge(): Response {
  return plainText(413, bodyTooLargeText);
}

/** True when the request says up front that its body is over {@link MAX_BODY_BYTES}. */
export function declaresTooLargeBody(request: Request): boolean {
  const declared = request.headers.get("content-length");
  return declared !== null && Number(declared) > MAX_BODY_BYTES;
}

/** Firefox's `Request` has no `body` stream (its fetch takes no stream bodies either). */
const requestsHaveBodyStreams = "body" in Request.prototype;

/**
 * The request body as text, or `undefined` once it passes {@link MAX_BODY_BYTES}; it never holds
 * more than the cap plus one chunk. The rest is left unread rather than cancelled: under Node,
 * cancelling would tear down the connection before the 413 could be sent. Where requests have no
 * body stream (Firefox), the body is already whole in memory, so it is read whole, then measured;
 * `asStream` says which way to read (the default fits the runtime it runs in).
 */
export async function readCappedText(
  request: Request,
  asStream: boolean = requestsHaveBodyStreams,
): Promise<string | undefined> {
  if (!asStream) {
    const bytes = await request.arrayBuffer();
    return bytes.byteLength > MAX_BODY_BYTES ? undefined : new TextDecoder().decode(bytes);
  }
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      reader.releaseLock();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Counts attempts per key and forgets the least recently used key past `capacity`, so a sample that
 * invents a new key on every request cannot grow the server without bound.
 */
export class AttemptCounter {
  readonly #counts = new Map<string, number>();
  /** How many keys are kept at most. */
  readonly capacity: number;

  constructor(capacity: number = MAX_FLAKY_KEYS) {
    this.capacity = capacity;
  }

  /** Counts one more attempt for `key` and returns the count. */
  next(key: string): number {
    const attempts = (this.#counts.get(key) ?? 0) + 1;
    // Deleting first moves the key to the end of the Map's order: most recently used.
    this.#counts.delete(key);
    this.#counts.set(key, attempts);
    if (this.#counts.size > this.capacity) {
      const oldest = this.#counts.keys().next();
      if (oldest.done !== true) this.#counts.delete(oldest.value);
    }
    return attempts;
  }

  /** How many keys are remembered now. */
  get size(): number {
    return this.#counts.size;
  }
}
