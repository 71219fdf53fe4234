const BASE = "http://localhost:8787";

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

/** A sleep that ends early when `signal` aborts, rejecting with the signal's reason, as fetch does. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      const reason: unknown = signal.reason;
      reject(reason instanceof Error ? reason : new DOMException("The sleep was aborted.", "AbortError"));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
}

async function download(signal: AbortSignal): Promise<void> {
  console.log(`${elapsed()} download: started, /delay/3000`);
  try {
    const response = await fetch(`${BASE}/delay/3000`, { signal });
    await response.arrayBuffer();
    console.log(`${elapsed()} download: finished`);
  } catch (error) {
    if (signal.aborted) console.log(`${elapsed()} download: cancelled, passing it on`);
    throw error; // swallowing it would leave the caller thinking it succeeded
  } finally {
    console.log(`${elapsed()} download: cleanup in finally`);
  }
}

async function nap(signal: AbortSignal): Promise<void> {
  console.log(`${elapsed()} nap: sleeping 3s`);
  try {
    await sleep(3000, signal);
    console.log(`${elapsed()} nap: woke up`);
  } finally {
    console.log(`${elapsed()} nap: cleanup in finally`);
  }
}

/** Runs `work` with a fresh controller, and aborts it after `ms`. */
async function cancelAfter(
  name: string,
  work: (signal: AbortSignal) => Promise<void>,
  ms: number,
): Promise<void> {
  const controller = new AbortController(); // one per job: once aborted, a controller stays aborted
  const timer = setTimeout(() => {
    console.log(`${elapsed()} main: cancelling ${name}`);
    controller.abort(); // with no reason given, the reason is a DOMException named "AbortError"
  }, ms);
  try {
    await work(controller.signal);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === "AbortError")) throw error;
    console.log(`${elapsed()} main: ${name} ended cancelled`);
  } finally {
    clearTimeout(timer); // if the work ends first, there is nothing left to cancel
  }
}

await cancelAfter("download", download, 500);
await cancelAfter("nap", nap, 500);
console.log(`${elapsed()} done, and nothing waited the full 3s`);
