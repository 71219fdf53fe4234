const PRACTICE = "http://localhost:8787";

/** What the app shares with its handlers, like the keys of an aiohttp Application. */
interface AppState {
  client?: { get(path: string): Promise<Response> };
}

// The twin of a cleanup context: an async generator. Before the yield: startup. After it: cleanup.
async function* clientSession(app: AppState): AsyncGenerator<void, void, void> {
  // fetch has no session to close; what the app owns is the right to stop its requests.
  const inFlight = new AbortController();
  app.client = { get: (path) => fetch(`${PRACTICE}${path}`, { signal: inFlight.signal }) };
  console.log("startup: the app's client session is open");
  try {
    yield;
  } finally {
    inFlight.abort();
    delete app.client;
    console.log("cleanup: the app's client session is closed");
  }
}

async function postTitle(app: AppState, id: string): Promise<Response> {
  if (app.client === undefined) throw new Error("The app has not started.");
  const response = await app.client.get(`/posts/${id}`);
  const post = (await response.json()) as { title: string };
  return new Response(post.title);
}

async function handle(app: AppState, request: Request): Promise<Response> {
  const match = /^\/titles\/(\d+)$/.exec(new URL(request.url).pathname);
  return match?.[1] === undefined
    ? new Response("404: Not Found", { status: 404 })
    : postTitle(app, match[1]);
}

const app: AppState = {};
const contexts = [clientSession(app)];
for (const context of contexts) await context.next(); // startup, in order
try {
  for (const postId of [1, 2]) {
    const response = await handle(app, new Request(`http://app.local/titles/${postId}`));
    console.log(`GET /titles/${postId} -> ${await response.text()}`);
  }
} finally {
  console.log("stopping the server");
  for (const context of contexts.toReversed()) await context.return(); // cleanup, in reverse order
}
console.log("done");
