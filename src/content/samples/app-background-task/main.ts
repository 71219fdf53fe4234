const PRACTICE = "http://localhost:8787";
const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

/** What the app shares with its handlers; the poller updates it while the app runs. */
interface AppState {
  latest: { title: string };
}

/** Sleeps for `ms`, or rejects with the signal's reason when it aborts first. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason as Error)), {
      once: true,
    });
  });
}

async function refreshForever(app: AppState, signal: AbortSignal): Promise<void> {
  for (let postId = 1; ; postId += 1) {
    const response = await fetch(`${PRACTICE}/posts/${postId}`, { signal });
    app.latest.title = ((await response.json()) as { title: string }).title;
    console.log(`${elapsed()} poller: refreshed post ${postId}`);
    await sleep(500, signal);
  }
}

// The twin of a cleanup context: before the yield, startup; after it, cleanup.
async function* poller(app: AppState): AsyncGenerator<void, void, void> {
  const stop = new AbortController();
  const task = refreshForever(app, stop.signal); // startup: it runs beside the server
  console.log(`${elapsed()} startup: poller started`);
  try {
    yield;
  } finally {
    stop.abort(); // cleanup: stop it, and wait until it has ended
    await task.catch((error: unknown) => {
      if (!stop.signal.aborted) throw error;
    });
    console.log(`${elapsed()} cleanup: poller cancelled`);
  }
}

function handle(app: AppState, request: Request): Response {
  return new URL(request.url).pathname === "/latest"
    ? new Response(app.latest.title)
    : new Response("404: Not Found", { status: 404 });
}

const app: AppState = { latest: { title: "nothing yet" } };
const contexts = [poller(app)];
for (const context of contexts) await context.next(); // startup, in order
try {
  await new Promise((resolve) => setTimeout(resolve, 800));
  const response = handle(app, new Request("http://app.local/latest"));
  console.log(`${elapsed()} GET /latest -> ${await response.text()}`);
} finally {
  for (const context of contexts.toReversed()) await context.return(); // cleanup, in reverse order
}
console.log(`${elapsed()} done`);
