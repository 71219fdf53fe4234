import { AsyncLocalStorage } from "node:async_hooks";

const start = performance.now();
const elapsed = () => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const requestId = new AsyncLocalStorage<string>();

type Job = () => Promise<string>;

/**
 * A pool, as connection and job pools are written: its worker loop starts once, before any
 * request, and runs every job in the loop's own async context, not the caller's.
 */
function startPool() {
  const waiting: { job: Job; resolve: (value: string) => void }[] = [];
  let wake = () => {};
  void (async () => {
    for (;;) {
      const next = waiting.shift();
      if (next === undefined) await new Promise<void>((resolve) => (wake = resolve));
      else next.resolve(await next.job());
    }
  })();
  return (job: Job) =>
    new Promise<string>((resolve) => {
      waiting.push({ job, resolve });
      wake();
    });
}

async function lookup(): Promise<string> {
  await sleep(200); // stands in for slow work; it reads the id as log code would
  return `[${requestId.getStore() ?? "-"}]`;
}

const submit = startPool();

await requestId.run("req-7", async () => {
  // An await keeps the context: the code after it, and what it calls, still sees req-7.
  let seen = await lookup();
  console.log(`${elapsed()} awaited directly: the job sees ${seen}`);

  // The pool runs the job in its own context, so the job sees no id.
  seen = await submit(lookup);
  console.log(`${elapsed()} through the pool: the job sees ${seen}`);

  // The fix: read the value here and make the job run inside it again.
  const id = requestId.getStore() ?? "-";
  seen = await submit(() => requestId.run(id, lookup));
  console.log(`${elapsed()} through the pool, inside run() again: the job sees ${seen}`);
});
