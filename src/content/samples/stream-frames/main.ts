const start = performance.now();
const elapsed = () => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Plays the network: messages end with ";", but the chunks are cut wherever they happen to be. */
const network = new ReadableStream<Uint8Array>({
  async start(controller) {
    for (const chunk of ["one;tw", "o;thr", "ee;fo"]) {
      await sleep(100);
      controller.enqueue(new TextEncoder().encode(chunk));
    }
    controller.close(); // the peer closed the connection in the middle of a message
  },
});

/** Thrown when the stream ends with part of a message read: the twin of IncompleteReadError. */
class IncompleteRead extends Error {
  readonly partial: string;
  constructor(partial: string) {
    super(`the stream ended with ${partial.length} bytes of an unfinished message`);
    this.partial = partial;
  }
}

/** Messages up to each `separator`, however the chunks were cut: the twin of readuntil. */
async function* messages(stream: ReadableStream<Uint8Array>, separator: string) {
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf(separator)) !== -1) {
      yield buffer.slice(0, end);
      buffer = buffer.slice(end + separator.length);
    }
  }
  if (buffer !== "") throw new IncompleteRead(buffer);
}

try {
  for await (const message of messages(network, ";")) console.log(`${elapsed()} message: ${message}`);
} catch (error) {
  if (!(error instanceof IncompleteRead)) throw error;
  const { partial } = error;
  console.log(`${elapsed()} the stream ended inside a message, ${partial.length} bytes kept: ${partial}`);
}
