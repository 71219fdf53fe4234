const start = performance.now();
const elapsed = () => `${((performance.now() - start) / 1000).toFixed(1)}s`;

// JavaScript keeps no list of pending promises, so keep your own.
const running = new Set<string>();

/** Starts `work` under a name, and keeps that name in `running` until it settles. */
function spawn<T>(name: string, work: (signal: AbortSignal) => Promise<T>) {
  const controller = new AbortController();
  running.add(name);
  const promise = work(controller.signal).finally(() => running.delete(name));
  return { promise, cancel: () => controller.abort() };
}

function waitForReply(ms: number, signal: AbortSignal): Promise<void> {
  // stands in for a server that answers slowly, or never
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    });
  });
}

async function download(ms: number, signal: AbortSignal): Promise<void> {
  await waitForReply(ms, signal);
}

const quick = spawn("download-1", (signal) => download(200, signal));
const stuck = spawn("download-2", (signal) => download(30_000, signal));
await quick.promise;
console.log(`${elapsed()} download-1 done`);

await new Promise((resolve) => setTimeout(resolve, 300));
console.log(`${elapsed()} tasks still running:`);
for (const name of [...running].sort()) console.log(`  ${name}: pending`);

stuck.cancel();
try {
  await stuck.promise;
} catch (error) {
  console.log(`${elapsed()} download-2 cancelled (${(error as Error).name})`);
}
