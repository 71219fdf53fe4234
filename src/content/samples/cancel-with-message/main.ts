const BASE = "http://localhost:8787";

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

async function download(signal: AbortSignal): Promise<void> {
  try {
    const response = await fetch(`${BASE}/delay/3000`, { signal });
    await response.arrayBuffer();
  } catch (error) {
    // fetch rejects with the reason given to abort(), whatever it is (here a string).
    if (signal.aborted) console.log(`${elapsed()} download: cancelled because ${String(error)}`);
    throw error;
  }
}

async function patientDownload(signal: AbortSignal): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    // One signal for this attempt: it aborts on the caller's signal or after 0.4 s.
    const attemptSignal = AbortSignal.any([signal, AbortSignal.timeout(400)]);
    try {
      const response = await fetch(`${BASE}/delay/1000`, { signal: attemptSignal });
      await response.arrayBuffer();
      return;
    } catch (error) {
      // Whose abort was it? The caller's signal answers that, as uncancel() does in Python.
      if (signal.aborted) {
        console.log(`${elapsed()} patient: attempt ${attempt} cancelled because ${String(error)}`);
        throw error;
      }
      if (!(error instanceof DOMException && error.name === "TimeoutError")) throw error;
      console.log(`${elapsed()} patient: attempt ${attempt} timed out, trying again`);
    }
  }
}

async function stop(
  work: (signal: AbortSignal) => Promise<void>,
  afterMs: number,
  message: string,
): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(message), afterMs);
  try {
    await work(controller.signal);
  } catch (error) {
    if (error !== message) throw error;
    console.log(`${elapsed()} main: the task ended cancelled`);
  } finally {
    clearTimeout(timer);
  }
}

await stop(download, 500, "the user pressed Stop");
await stop(patientDownload, 1000, "the server is shutting down");
