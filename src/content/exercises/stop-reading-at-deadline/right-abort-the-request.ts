// Right answer: a timer aborts the request itself; the read waiting then rejects, and the abort
// releases the connection.
const BASE = "http://localhost:8787";

const stop = new AbortController();
const timer = setTimeout(() => stop.abort(), 1000);
try {
  const response = await fetch(`${BASE}/stream?chunks=10&intervalMs=300`, { signal: stop.signal });
  if (response.body === null) throw new Error("no body");
  const decoder = new TextDecoder();
  for await (const bytes of response.body) {
    for (const line of decoder.decode(bytes, { stream: true }).split("\n"))
      if (line !== "") console.log(line);
  }
  console.log("the stream ended");
} catch (error) {
  if (!stop.signal.aborted) throw error;
  console.log("deadline passed");
} finally {
  clearTimeout(timer);
}
