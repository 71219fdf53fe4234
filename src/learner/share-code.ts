/**
 * Packs edited code into a URL fragment and back: deflate (CompressionStream) then base64url.
 * Decoding never throws on bad input; it says what is wrong, so the page can show a clear message.
 */

/** The longest share fragment we accept: far above any real sample, far below URL limits. */
export const MAX_SHARE_CHARACTERS = 16_000;
/** The longest code a share link may carry once unpacked. */
export const MAX_SHARED_CODE_BYTES = 64_000;

/** Why a share link could not be read. */
export type ShareDecodeError = "too-long" | "malformed" | "too-large";

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Compresses `code` into a URL-safe string. */
export async function encodeSharedCode(code: string): Promise<string> {
  const input = new Blob([new TextEncoder().encode(code)]).stream();
  const packed = await collect(
    input.pipeThrough(new CompressionStream("deflate-raw")),
    Number.MAX_SAFE_INTEGER,
  );
  return toBase64Url(packed ?? new Uint8Array());
}

/** Unpacks a string made by {@link encodeSharedCode}, or says why it cannot. */
export async function decodeSharedCode(
  packed: string,
): Promise<{ ok: true; code: string } | { ok: false; error: ShareDecodeError }> {
  if (packed.length > MAX_SHARE_CHARACTERS) return { ok: false, error: "too-long" };
  const bytes = fromBase64Url(packed);
  if (bytes === undefined || bytes.byteLength === 0) return { ok: false, error: "malformed" };
  try {
    const inflated = new Blob([bytes as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream("deflate-raw"));
    // The size limit is applied while inflating, so a tiny link cannot expand into megabytes.
    const raw = await collect(inflated, MAX_SHARED_CODE_BYTES);
    if (raw === undefined) return { ok: false, error: "too-large" };
    return { ok: true, code: new TextDecoder("utf-8", { fatal: true }).decode(raw) };
  } catch {
    return { ok: false, error: "malformed" };
  }
}
