/**
 * Serves the practice handler on a TCP port with Node's `http` module, plus the WebSocket echo,
 * which a web-standard handler cannot express. Used by the sample tests, by Python, and inside
 * the WebContainer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { WebSocketServer } from "ws";
import { createPracticeHandler, type PracticeHandlerOptions } from "./handler.ts";

/** A running practice server. */
export interface RunningPracticeServer {
  /** For example `http://localhost:8787`. */
  origin: string;
  port: number;
  close(): Promise<void>;
}

function toRequest(incoming: IncomingMessage, signal: AbortSignal): Request {
  const url = new URL(incoming.url ?? "/", `http://${incoming.headers.host ?? "localhost"}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
  return new Request(url, {
    method: incoming.method ?? "GET",
    headers,
    signal,
    ...(hasBody ? { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: "half" } : {}),
  });
}

async function send(response: Response, outgoing: ServerResponse): Promise<void> {
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  if (response.body === null) return void outgoing.end();
  // Write each chunk as it comes, so a slow streamed body reaches the client slowly too.
  for await (const chunk of response.body) {
    if (outgoing.destroyed) return;
    outgoing.write(chunk);
  }
  outgoing.end();
}

/**
 * Starts the practice server on `port` (0 picks a free one). Rejects with a clear message when the
 * port is taken.
 */
export async function startPracticeServer(
  port = 8787,
  options: PracticeHandlerOptions = {},
): Promise<RunningPracticeServer> {
  const handle = createPracticeHandler(options);
  const server = createServer((incoming, outgoing) => {
    const aborter = new AbortController();
    outgoing.on("close", () => aborter.abort());
    handle(toRequest(incoming, aborter.signal))
      .then((response) => send(response, outgoing))
      .catch((error: unknown) => {
        if (!outgoing.headersSent) outgoing.writeHead(500, { "content-type": "text/plain" });
        outgoing.end(`Practice server error: ${String(error)}`);
      });
  });
  const sockets = new WebSocketServer({ server, path: "/ws/echo" });
  sockets.on("connection", (socket) => {
    socket.on("message", (data, isBinary) => socket.send(data, { binary: isBinary }));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const taken = error.code === "EADDRINUSE";
      const message = taken
        ? `Port ${port} is already in use. Stop whatever is listening there, then try again.`
        : `The practice server could not start on port ${port}.`;
      reject(new Error(message, { cause: error }));
    });
    // No host: Node listens on both IPv6 and IPv4, so "localhost" works whichever it resolves to.
    server.listen(port, resolve);
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    origin: `http://localhost:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
