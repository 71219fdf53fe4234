const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What a WebSocket handler works with on the server side: send text, then close. */
interface ServerSocket {
  send(text: string): void;
  close(code: number): void;
}

/** The handler: the same countdown as the Python one. */
async function countdown(ws: ServerSocket): Promise<void> {
  for (const n of [3, 2, 1]) {
    ws.send(`${n}...`);
    await sleep(300);
  }
  ws.send("liftoff");
  ws.close(1000);
}

type Frame = { type: "text"; data: string } | { type: "close"; code: number };

/**
 * Connects a client to `handler` through an in-memory queue of frames, which stands in for the
 * network: no web-standard API lets a handler accept a WebSocket, and a browser Worker cannot listen
 * anyway. Yields each text message, and returns the close code.
 */
async function* connect(handler: (ws: ServerSocket) => Promise<void>): AsyncGenerator<string, number> {
  const frames: Frame[] = [];
  let wake: (() => void) | undefined;
  const deliver = (frame: Frame): void => {
    frames.push(frame);
    wake?.();
  };
  const serving = handler({
    send: (data) => deliver({ type: "text", data }),
    close: (code) => deliver({ type: "close", code }),
  });
  for (;;) {
    const frame = frames.shift();
    if (frame === undefined) {
      await new Promise<void>((resolve) => (wake = resolve)); // like aiohttp's receive(): wait for a frame
    } else if (frame.type === "text") {
      yield frame.data;
    } else {
      await serving;
      return frame.code;
    }
  }
}

const messages = connect(countdown);
for (let next = await messages.next(); ; next = await messages.next()) {
  if (next.done === true) {
    console.log(`${elapsed()} the server closed with code ${next.value}`);
    break;
  }
  console.log(`${elapsed()} got ${next.value}`);
}
