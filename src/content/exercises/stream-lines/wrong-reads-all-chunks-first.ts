// Wrong answer: it reads every chunk first and yields the lines only when the body has ended.
// The check says: needed: “streamed lines
async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  text += decoder.decode();
  for (const line of text.split("\n")) if (line !== "") yield line;
}

const response = await fetch("http://localhost:8787/stream?chunks=4&intervalMs=300");
if (response.body === null) throw new Error("the response has no body");
for await (const line of lines(response.body)) console.log(line);
console.log("stream finished");
