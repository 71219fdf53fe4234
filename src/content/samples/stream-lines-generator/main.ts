const BASE = "http://localhost:8787";

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

/** Yields the lines of a response body one by one, as they arrive. */
async function* lines(url: string): AsyncGenerator<string> {
  const response = await fetch(url);
  if (response.body === null) throw new Error("The response has no body to read.");
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // Text arrives in pieces that need not match lines: keep the unfinished end for later.
      const parts = (pending + value).split("\n");
      pending = parts.pop() ?? "";
      yield* parts;
    }
    if (pending !== "") yield pending;
  } finally {
    // Runs when the body ends, and also when the caller stops early: the request is closed.
    await reader.cancel();
    console.log(`${elapsed()} response closed`);
  }
}

for await (const line of lines(`${BASE}/stream?chunks=6&intervalMs=300`)) {
  console.log(`${elapsed()} ${line}`);
  if (line === "chunk 3") break; // we have what we need; chunks 4 to 6 are never waited for
}
console.log(`${elapsed()} done`);
