const BASE = "http://localhost:8787";

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;

/** fetch resolves on a 404 or 503; this is the error we throw for them ourselves. */
class HttpError extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

async function ask(name: string, path: string, losers: AbortSignal): Promise<string> {
  const signal = AbortSignal.any([losers, AbortSignal.timeout(1000)]);
  const response = await fetch(`${BASE}${path}`, { signal });
  if (!response.ok) throw new HttpError(response.status);
  await response.arrayBuffer();
  return name;
}

/** The first mirror to answer wins; the rest are aborted either way. */
async function firstSuccess(mirrors: Record<string, string>): Promise<string> {
  const losers = new AbortController();
  try {
    // Promise.any fulfils with the first success, and rejects with an AggregateError only when
    // every promise has rejected.
    return await Promise.any(Object.entries(mirrors).map(([name, path]) => ask(name, path, losers.signal)));
  } finally {
    losers.abort();
  }
}

const winner = await firstSuccess({ a: "/status/503", b: "/delay/300", c: "/delay/2000" });
console.log(`${elapsed()} round 1: ${winner} answered first`);
try {
  await firstSuccess({ a: "/status/503", b: "/status/404", c: "/delay/3000" });
} catch (error) {
  if (!(error instanceof AggregateError)) throw error;
  // No except* here: sort the errors by type by hand.
  const errors = error.errors as unknown[];
  const statuses = errors.flatMap((each) => (each instanceof HttpError ? [each.status] : []));
  const timeouts = errors.filter((each) => each instanceof DOMException && each.name === "TimeoutError");
  if (statuses.length > 0) {
    console.log(`${elapsed()} round 2: HTTP errors [${statuses.sort((x, y) => x - y).join(", ")}]`);
  }
  if (timeouts.length > 0) console.log(`${elapsed()} round 2: ${timeouts.length} timed out`);
}
