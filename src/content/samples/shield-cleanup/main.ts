const BASE = "http://localhost:8787";

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects with the signal's reason when it aborts (at once if it already has). */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason as Error);
    else signal.addEventListener("abort", () => reject(signal.reason as Error), { once: true });
  });
}

async function save(): Promise<void> {
  console.log(`${elapsed()} save: started, takes 1s`);
  // The practice server's /delay/1000 stands in for a slow write.
  const response = await fetch(`${BASE}/delay/1000`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ draft: "hello" }),
  });
  await response.arrayBuffer();
  console.log(`${elapsed()} save: finished`);
}

const saves: Promise<void>[] = [];

/** `stop` ends the typing; `hardStop` ends the wait for the save, as a second cancel does. */
async function edit(stop: AbortSignal, hardStop: AbortSignal): Promise<void> {
  try {
    await Promise.race([sleep(3000), aborted(stop)]); // the user is typing
  } finally {
    // The save gets neither signal, so no abort reaches it (that is the shield); the editor
    // only stops waiting for it when the hard stop comes.
    const saving = save();
    saves.push(saving);
    await Promise.race([saving, aborted(hardStop)]);
  }
}

// A signal aborts only once, so each of Python's two cancel() calls gets a controller here.
const stop = new AbortController();
const hardStop = new AbortController();
const task = edit(stop.signal, hardStop.signal);
await sleep(500);
console.log(`${elapsed()} main: cancel the editor`);
stop.abort();
await sleep(300);
console.log(`${elapsed()} main: cancel it again, impatient`);
hardStop.abort();
try {
  await task;
} catch {
  console.log(`${elapsed()} main: the editor ended cancelled`);
}
await Promise.all(saves); // the save is still running: wait for it
console.log(`${elapsed()} main: every save is done`);
