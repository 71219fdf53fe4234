import { AsyncLocalStorage } from "node:async_hooks";

const BASE = "http://localhost:8787";
const start = performance.now();
const elapsed = () => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// One store for the whole program; each run() gives the code inside it its own value.
const requestId = new AsyncLocalStorage<string>();

function log(message: string): void {
  // No parameter brings the id here: the line reads it from the current async context.
  console.log(`${elapsed()} [${requestId.getStore() ?? "-"}] ${message}`);
}

async function audit(): Promise<void> {
  // A nested run() changes the value for the code inside it only, like a set in a child task.
  await requestId.run(`${requestId.getStore() ?? "-"}/audit`, async () => {
    await sleep(100);
    log("audit written");
  });
}

async function handle(ms: number): Promise<void> {
  log("started");
  const response = await fetch(`${BASE}/delay/${ms}`);
  await response.arrayBuffer();
  log(`answered after ${ms} ms`);
  await audit();
  log("done");
}

await Promise.all([requestId.run("req-1", () => handle(500)), requestId.run("req-2", () => handle(200))]);
log("all requests handled");
