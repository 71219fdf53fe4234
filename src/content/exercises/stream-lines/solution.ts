// Yields a streamed body's text one line at a time, as the twin of `async for line in response.content`.
async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  // stream: true keeps a letter whose bytes are split between two chunks for the next chunk.
  const decoder = new TextDecoder();
  let pending = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending += decoder.decode(value, { stream: true });
    const complete = pending.split("\n");
    // The last piece may be half a line: keep it until the rest arrives.
    pending = complete.pop() ?? "";
    yield* complete;
  }
  pending += decoder.decode();
  if (pending !== "") yield pending;
}

const response = await fetch("http://localhost:8787/stream?chunks=4&intervalMs=300");
if (response.body === null) throw new Error("the response has no body");
for await (const line of lines(response.body)) console.log(line);
console.log("stream finished");
