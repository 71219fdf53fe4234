// Wrong answer: only a 404 counts as an error, so a 503 comes back as data.
// The check says: needed: “getJson throws an HttpError with status 503 and its body
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

/** Returns the JSON of a success; for an error status it should throw an HttpError with the body. */
async function getJson(path: string): Promise<unknown> {
  const response = await fetch(`${BASE}${path}`);
  // Read the body before throwing: once the error is thrown, nobody else will.
  if (response.status === 404) throw new HttpError(response.status, await response.text());
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
