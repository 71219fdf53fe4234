// Wrong answer: blank lines are skipped, as if they carried nothing.
// The check says: needed: “streamed lines
async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending += decoder.decode(value, { stream: true });
    const complete = pending.split("\n");
    pending = complete.pop() ?? "";
    yield* complete.filter((line) => line !== "");
  }
  pending += decoder.decode();
  if (pending !== "") yield pending;
}

const response = await fetch("http://localhost:8787/stream?chunks=4&intervalMs=300");
if (response.body === null) throw new Error("the response has no body");
for await (const line of lines(response.body)) console.log(line);
console.log("stream finished");
