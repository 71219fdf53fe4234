const BASE = "http://localhost:8787";
const IDLE_MS = 500; // how long a stream may stay silent
const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

async function get(path: string, signal: AbortSignal): Promise<void> {
  const response = await fetch(`${BASE}${path}`, { signal });
  await response.arrayBuffer();
}

const isTimeout = (error: unknown): boolean => error instanceof DOMException && error.name === "TimeoutError";

async function nested(): Promise<void> {
  // The whole job must end by a point in time, whatever each step allows itself.
  const job = AbortSignal.timeout(1000);
  let step = 0;
  let own: AbortSignal | undefined;
  try {
    for (const path of ["/delay/300", "/delay/3000"]) {
      step += 1;
      own = AbortSignal.timeout(2000); // each step allows itself 2 s
      await get(path, AbortSignal.any([job, own])); // whichever aborts first stops the step
      console.log(`${elapsed()} nested: step ${step} done`);
    }
  } catch (error) {
    if (!isTimeout(error)) throw error;
    const which = own?.aborted === true ? "its own limit" : job.aborted ? "the job's deadline" : "?";
    console.log(`${elapsed()} nested: step ${step} stopped by ${which}`);
  }
}

/** A time limit that can be moved, like asyncio.timeout's reschedule(). */
function movableTimeout(ms: number): { signal: AbortSignal; reschedule(ms: number): void; clear(): void } {
  const controller = new AbortController();
  const fire = () => controller.abort(new DOMException("The time limit was reached.", "TimeoutError"));
  let timer = setTimeout(fire, ms);
  return {
    signal: controller.signal,
    reschedule(next) {
      clearTimeout(timer);
      timer = setTimeout(fire, next);
    },
    clear: () => clearTimeout(timer),
  };
}

async function readStream(path: string): Promise<void> {
  const idle = movableTimeout(IDLE_MS);
  const began = performance.now();
  let chunks = 0;
  try {
    const response = await fetch(`${BASE}${path}`, { signal: idle.signal });
    if (response.body === null) throw new Error("The stream has no body.");
    for await (const chunk of response.body.pipeThrough(new TextDecoderStream())) {
      chunks += chunk.split("\n").filter(Boolean).length;
      idle.reschedule(IDLE_MS); // each chunk moves the deadline on
    }
    // A fetch that follows the standard errors the body when its signal aborts; this site's built-in
    // runtime ends it quietly instead. Either way, an aborted signal means the stream did not finish.
    idle.signal.throwIfAborted();
    const took = ((performance.now() - began) / 1000).toFixed(1);
    console.log(`${elapsed()} idle: ${chunks} chunks in ${took}s, none late`);
  } catch (error) {
    if (!isTimeout(error)) throw error;
    console.log(`${elapsed()} idle: nothing for ${IDLE_MS / 1000}s after chunk ${chunks}, gave up`);
  } finally {
    idle.clear();
  }
}

await nested();
await readStream("/stream?chunks=4&intervalMs=300");
await readStream("/stream?chunks=3&intervalMs=800");
