const BASE = "http://localhost:8787";

// Like a child process's output: ten lines, one every 300 ms, read as they arrive.
const deadline = new AbortController();
const timer = setTimeout(() => deadline.abort(), 1000);
try {
  // The signal reaches the body too: an abort ends the read below and releases the connection,
  // as killing the child does when a read from its pipe is cancelled.
  const response = await fetch(`${BASE}/stream?chunks=10&intervalMs=300`, { signal: deadline.signal });
  if (response.body === null) throw new Error("no body");
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const line of value.split("\n")) if (line !== "") console.log(line);
  }
  console.log("the stream ended");
} catch (error) {
  if (!(error instanceof Error && error.name === "AbortError")) throw error;
  console.log("deadline passed");
} finally {
  clearTimeout(timer);
}
