// Right answer: the body is read once, as text, and parsed only on success.
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
  const text = await response.text();
  if (response.status < 200 || response.status > 299) throw new HttpError(response.status, text);
  return JSON.parse(text) as unknown;
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
