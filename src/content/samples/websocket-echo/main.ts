const ECHO_URL = "ws://localhost:8787/ws/echo";

/** Resolves with the next event of `type` on `socket`; rejects if the socket closes first. */
function next<K extends "open" | "message" | "close">(
  socket: WebSocket,
  type: K,
): Promise<WebSocketEventMap[K]> {
  return new Promise((resolve, reject) => {
    const listeners = new AbortController();
    const options = { signal: listeners.signal };
    socket.addEventListener(
      type,
      (event) => {
        listeners.abort();
        resolve(event);
      },
      options,
    );
    if (type !== "close") {
      socket.addEventListener(
        "close",
        (event) => {
          listeners.abort();
          reject(new Error(`The socket closed (code ${event.code}) while waiting for "${type}".`));
        },
        options,
      );
    }
  });
}

// A WebSocket reports through events; each wait is wrapped in a promise so it can be awaited.
const socket = new WebSocket(ECHO_URL);
await next(socket, "open");
console.log("connected");
for (const text of ["one", "two", "three"]) {
  const reply = next(socket, "message"); // listen before sending, so the echo cannot be missed
  socket.send(text);
  const data: unknown = (await reply).data;
  // Text frames arrive as strings; binary ones would be a Blob or an ArrayBuffer.
  const echoed = typeof data === "string" ? data : "(a binary message)";
  console.log(`sent ${text}, got back ${echoed}`);
}
const closed = next(socket, "close");
socket.close(1000);
console.log(`closed with code ${(await closed).code}`);
