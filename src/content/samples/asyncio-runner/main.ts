const BASE = "http://localhost:8787";

/** What a session is for here: requests that share a base address and can all be stopped at once. */
interface Session {
  get(path: string): Promise<Response>;
  close(): void;
}

function openSession(): Session {
  const open = new AbortController();
  return {
    get: (path) => fetch(`${BASE}${path}`, { signal: open.signal }),
    close: () => open.abort(),
  };
}

async function titleOf(session: Session, postId: number): Promise<string> {
  const response = await session.get(`/posts/${postId}`);
  const post = (await response.json()) as { title: string };
  return post.title;
}

// JavaScript has no way to wait for async code inside synchronous code, so there is no runner.run:
// the module's top-level await plays its part, and the event loop lives as long as the program.
const session = openSession();
console.log("run 1: session opened");
for (const postId of [1, 2]) {
  const title = await titleOf(session, postId);
  console.log(`run ${postId + 1}: ${title}`);
}
session.close();
console.log("run 4: session closed");
console.log("done: nothing left open");
