// Wrong answer: each chunk is split on its own, so a line cut between two chunks comes out in two pieces.
// The check says: needed: “streamed lines
async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    for (const line of decoder.decode(value, { stream: true }).split("\n")) if (line !== "") yield line;
  }
}

const response = await fetch("http://localhost:8787/stream?chunks=4&intervalMs=300");
if (response.body === null) throw new Error("the response has no body");
for await (const line of lines(response.body)) console.log(line);
console.log("stream finished");
