/**
 * Serves the practice handler on a TCP port with Node's `http` module, plus the WebSocket echo,
 * which a web-standard handler cannot express. Used by the sample tests, by Python, and inside
 * the WebContainer. No request can bring it down: whatever Node parses is answered, and what it
 * cannot parse gets a short 400 on the socket.
 */
import {
  createServer,
  STATUS_CODES,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Duplex } from "node:stream";
import { Readable } from "node:stream";
import { WebSocketServer } from "ws";
import { createPracticeHandler, type PracticeHandlerOptions } from "./handler.ts";
import { plainText } from "./limits.ts";
import { refuseMethod, refuseRequest } from "./request-checks.ts";

/** A running practice server. */
export interface RunningPracticeServer {
  /** For example `http://localhost:8787`. */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Options for {@link startPracticeServer}: the handler's, and where to listen. */
export interface PracticeServerOptions extends PracticeHandlerOptions {
  /**
   * `"loopback"` (the default) listens on 127.0.0.1 and ::1 only, so nothing else on the network
   * reaches it. `"every-address"` is for inside a WebContainer, whose network is its own.
   */
  listen?: "loopback" | "every-address";
}

function toRequest(incoming: IncomingMessage, signal: AbortSignal): Request {
  const target = incoming.url ?? "/";
  // The path is read against a fixed origin: the Host header only picks a virtual host, which this
  // server has one of. An absolute-form target (`GET http://x/y`) stands on its own.
  const url = target.startsWith("/") ? new URL(`http://localhost${target}`) : new URL(target);
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

/** The handler's Request, or the answer for a request that must not reach it. */
function toRequestOrRefusal(incoming: IncomingMessage, signal: AbortSignal): Request | Response {
  const hosts = incoming.headersDistinct["host"] ?? [];
  const refusal = refuseRequest({ method: incoming.method ?? "", hosts, httpVersion: incoming.httpVersion });
  if (refusal !== undefined) return refusal;
  try {
    return toRequest(incoming, signal);
  } catch {
    return plainText(400, `Bad request target: ${JSON.stringify(incoming.url)} is not a path.`);
  }
}

async function send(response: Response, outgoing: ServerResponse): Promise<void> {
  const headers = Object.fromEntries(response.headers);
  // A refused body is left unread: close the connection rather than read the rest of it.
  if (response.status === 413) headers["connection"] = "close";
  outgoing.writeHead(response.status, headers);
  if (response.body === null) return void outgoing.end();
  // Write each chunk as it comes, so a slow streamed body reaches the client slowly too.
  for await (const chunk of response.body) {
    if (outgoing.destroyed) return;
    outgoing.write(chunk);
  }
  outgoing.end();
}

/** Writes a whole plain answer on a bare socket (a CONNECT, or bytes Node could not parse), then closes it. */
async function answerOnSocket(socket: Duplex, response: Response): Promise<void> {
  const body = await response.text();
  const head = [`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ""}`];
  for (const [name, value] of response.headers) head.push(`${name}: ${value}`);
  head.push(`content-length: ${Buffer.byteLength(body)}`, "connection: close");
  if (socket.writable) socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
  else socket.destroy();
}

function parseErrorAnswer(error: NodeJS.ErrnoException): Response {
  if (error.code === "HPE_HEADER_OVERFLOW") return plainText(431, "Request headers too large.");
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return plainText(408, "Request timed out.");
  return plainText(400, "Bad request: it is not valid HTTP/1.1.");
}

function listenOn(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const taken = error.code === "EADDRINUSE";
      const message = taken
        ? `Port ${port} is already in use. Stop whatever is listening there, then try again.`
        : `The practice server could not start on port ${port}${host === undefined ? "" : ` of ${host}`}.`;
      reject(new Error(message, { cause: error }));
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

/**
 * Starts the practice server on `port` (0 picks a free one). Rejects with a clear message when the
 * port is taken.
 */
export async function startPracticeServer(
  port = 8787,
  options: PracticeServerOptions = {},
): Promise<RunningPracticeServer> {
  const handle = createPracticeHandler(options);
  const onRequest = (incoming: IncomingMessage, outgoing: ServerResponse): void => {
    const aborter = new AbortController();
    outgoing.on("close", () => aborter.abort());
    const request = toRequestOrRefusal(incoming, aborter.signal);
    (request instanceof Response ? Promise.resolve(request) : handle(request))
      .then((response) => send(response, outgoing))
      .catch((error: unknown) => {
        if (!outgoing.headersSent) outgoing.writeHead(500, { "content-type": "text/plain" });
        outgoing.end(`Practice server error: ${String(error)}`);
      });
  };
  const onConnect = (incoming: IncomingMessage, socket: Duplex): void => {
    void answerOnSocket(socket, refuseMethod(incoming.method ?? "CONNECT") ?? plainText(400, "Bad request."));
  };
  const onClientError = (error: NodeJS.ErrnoException, socket: Duplex): void => {
    void answerOnSocket(socket, parseErrorAnswer(error));
  };
  const sockets = new WebSocketServer({ noServer: true, path: "/ws/echo" });
  sockets.on("connection", (socket) => {
    socket.on("message", (data, isBinary) => socket.send(data, { binary: isBinary }));
  });
  const makeServer = (): Server => {
    // Host is checked by refuseRequest, so that a request without one gets the same answer as from Python.
    const server = createServer({ requireHostHeader: false }, onRequest);
    server.on("connect", onConnect);
    server.on("clientError", onClientError);
    server.on("upgrade", (incoming: IncomingMessage, socket: Socket, head: Buffer) => {
      if (!sockets.shouldHandle(incoming))
        return void answerOnSocket(socket, plainText(404, "No such WebSocket."));
      sockets.handleUpgrade(incoming, socket, head, (client) => sockets.emit("connection", client, incoming));
    });
    return server;
  };

  const servers: Server[] = [];
  const first = makeServer();
  const loopback = (options.listen ?? "loopback") === "loopback";
  await listenOn(first, port, loopback ? "127.0.0.1" : undefined);
  servers.push(first);
  const actualPort = (first.address() as AddressInfo).port;
  if (loopback) {
    // "localhost" may resolve to ::1 first: listen there too, on the same port, where IPv6 exists.
    const second = makeServer();
    try {
      await listenOn(second, actualPort, "::1");
      servers.push(second);
    } catch (error) {
      const code =
        error instanceof Error ? (error.cause as NodeJS.ErrnoException | undefined)?.code : undefined;
      if (code === "EADDRINUSE") {
        await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
        throw error;
      }
    }
  }
  return {
    origin: `http://localhost:${actualPort}`,
    port: actualPort,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}
