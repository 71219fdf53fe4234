// Wrong answer: every error is reported as status 500, whatever the server said.
// The check says: needed: “getJson throws an HttpError with status 404 and its body”
const BASE = "http://localhost:8787";

/** An error status, with the body the server sent to explain it. */
class HttpError extends Error {
  readonly status: number;
  readonly body: string;

  constructor(status: number, body: string) {
    super(`HTTP ${status}: ${body}`);
    this.name = "HttpError";
    this.status = status;
    this.body = body;
  }
}

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(`${BASE}${path}`);
  if (!response.ok) throw new HttpError(500, await response.text());
  return response.json();
}

const post = (await getJson("/posts/2")) as { title: string };
console.log(`post 2: ${post.title}`);
try {
  const missing = await getJson("/posts/999");
  console.log(`no error, just this: ${JSON.stringify(missing)}`);
} catch (error) {
  if (!(error instanceof HttpError)) throw error;
  console.log(`error ${error.status}: ${error.body}`);
}
