const BASE = "http://localhost:8787";
const PATHS = ["/posts/1", "/status/503", "/posts/999", "/delay/500"];

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

/** An answer with a 4xx or 5xx status, thrown the way aiohttp's raise_for_status does. */
class HttpStatusError extends Error {
  readonly status: number;

  constructor(status: number, url: string) {
    super(`${url} answered ${status}`);
    this.name = "HttpStatusError";
    this.status = status;
  }
}

async function getJson(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${BASE}${path}`);
  if (!response.ok) {
    await response.body?.cancel();
    throw new HttpStatusError(response.status, response.url);
  }
  return (await response.json()) as Record<string, unknown>;
}

function describe(path: string, result: PromiseSettledResult<Record<string, unknown>>): string {
  if (result.status === "fulfilled") return `${path}: ok, keys ${Object.keys(result.value).join(", ")}`;
  const reason: unknown = result.reason;
  if (reason instanceof HttpStatusError) return `${path}: failed, status ${reason.status}`;
  return `${path}: failed, ${String(reason)}`;
}

console.log(`${elapsed()} ${PATHS.length} requests; some of them will fail`);
// allSettled never rejects: each promise ends as { status: "fulfilled", value } or
// { status: "rejected", reason }, so every rejection is handled.
const results = await Promise.allSettled(PATHS.map(getJson));
for (const [index, result] of results.entries()) {
  // allSettled keeps the order of its input, like gather.
  console.log(describe(PATHS[index] ?? "", result));
}
const failures = results.filter((result) => result.status === "rejected").length;
console.log(`${elapsed()} every outcome is in: ${results.length - failures} ok, ${failures} failed`);
