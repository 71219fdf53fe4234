/**
 * Sends one HTTP request over a bare TCP socket and reads the whole answer. `fetch` cannot send what
 * the route contract needs to: a TRACE or CONNECT, a malformed or missing Host header, HTTP/1.0, a
 * body with no length. Each request asks for `connection: close`, so the answer ends when the socket does.
 */
import { connect } from "node:net";

/** One raw request. */
export interface RawRequest {
  method: string;
  /** The request target, for example `/echo?x=1`. */
  target: string;
  /** Every header line, in order, repeats allowed; no Host is added. */
  headers: readonly (readonly [string, string])[];
  body?: string;
  /** Send the body chunked, with no Content-Length. */
  chunked?: boolean;
  /** "1.1" unless said. */
  httpVersion?: "1.0" | "1.1";
}

/** The answer as read off the socket. */
export interface RawAnswer {
  status: number;
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Map<string, string>;
  text: string;
}

function decodeChunked(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf("\r\n", at);
    if (lineEnd === -1) throw new Error("A chunked answer ended inside a chunk header.");
    const size = Number.parseInt(body.subarray(at, lineEnd).toString("latin1"), 16);
    if (!Number.isInteger(size)) throw new Error("A chunked answer has a malformed chunk size.");
    if (size === 0) return Buffer.concat(parts);
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/** Parses a whole HTTP/1.x answer; throws with the bytes when they are not one. */
export function parseRawAnswer(bytes: Buffer): RawAnswer {
  const headEnd = bytes.indexOf("\r\n\r\n");
  const shown = JSON.stringify(bytes.subarray(0, 300).toString("latin1"));
  if (headEnd === -1) throw new Error(`No complete HTTP answer came back: ${shown}`);
  const [statusLine = "", ...lines] = bytes.subarray(0, headEnd).toString("latin1").split("\r\n");
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  if (status === undefined) throw new Error(`The answer has no status line: ${shown}`);
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const earlier = headers.get(name);
    headers.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
  }
  let body = bytes.subarray(headEnd + 4);
  if (headers.get("transfer-encoding")?.toLowerCase() === "chunked") body = decodeChunked(body);
  const length = headers.get("content-length");
  if (length !== undefined) body = body.subarray(0, Number(length));
  return { status: Number(status), headers, text: body.toString("utf8") };
}

function requestBytes(request: RawRequest): Buffer {
  const lines = [`${request.method} ${request.target} HTTP/${request.httpVersion ?? "1.1"}`];
  for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
  lines.push("connection: close");
  const body = Buffer.from(request.body ?? "", "utf8");
  if (request.body !== undefined) {
    lines.push(request.chunked === true ? "transfer-encoding: chunked" : `content-length: ${body.length}`);
  }
  const head = Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1");
  if (request.body === undefined) return head;
  if (request.chunked !== true) return Buffer.concat([head, body]);
  const size = Buffer.from(`${body.length.toString(16)}\r\n`, "latin1");
  return Buffer.concat([head, size, body, Buffer.from("\r\n0\r\n\r\n", "latin1")]);
}

/**
 * Sends `request` to `port` on 127.0.0.1 and resolves with the answer once the server closes the
 * connection. A server may refuse a large body and close before reading all of it: the error that
 * the rest of the write then meets is not a failure when a whole answer already came back.
 */
export function sendRaw(port: number, request: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const received: Buffer[] = [];
    const finish = (error?: Error): void => {
      try {
        resolve(parseRawAnswer(Buffer.concat(received)));
      } catch (parseError) {
        const message = parseError instanceof Error ? parseError.message : String(parseError);
        reject(new Error(message, { cause: error ?? parseError }));
      }
    };
    socket.on("data", (chunk: Buffer) => received.push(chunk));
    socket.on("end", () => {
      finish();
      socket.destroy();
    });
    socket.on("error", (error) => finish(error));
    socket.write(requestBytes(request));
  });
}
