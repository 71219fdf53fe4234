// Yields a streamed body's text one line at a time, as the twin of `async for line in response.content`.
async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  // This waits for the whole body first. Yield each line as soon as it has arrived instead.
  const text = await new Response(body).text();
  for (const line of text.split("\n")) if (line !== "") yield line;
}

const response = await fetch("http://localhost:8787/stream?chunks=4&intervalMs=300");
if (response.body === null) throw new Error("the response has no body");
for await (const line of lines(response.body)) console.log(line);
console.log("stream finished");
