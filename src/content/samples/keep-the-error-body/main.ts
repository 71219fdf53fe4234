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
  // fetch never throws for a status: check it, and read the body while it is still there.
  if (!response.ok) throw new HttpError(response.status, await response.text());
  return response.json();
}

// The twin of raise_for_status=True: a check that throws before anyone has read the body.
const strict = await fetch(`${BASE}/posts/0`);
if (!strict.ok) {
  await strict.body?.cancel(); // what aiohttp does with the body: release it, unread
  console.log(`raise_for_status: status ${strict.status}, the body is gone`);
}

for (const path of ["/posts/0", "/status/503"]) {
  try {
    await getJson(path);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    console.log(`read first: status ${error.status}, body ${error.body}`);
  }
}
const post = (await getJson("/posts/1")) as { title: string };
console.log(`and a success passes through: ${post.title}`);
