const BASE = "http://localhost:8787";
const paths = ["/delay/200", "/delay/5000", "/delay/300"];

/** fetch with a time limit: the request is aborted when it takes longer than `ms`. */
async function fetchWithin(url: string, ms: number): Promise<Response> {
  // Add the time limit of ms here.
  if (ms < 0) throw new RangeError("ms must not be negative");
  return fetch(url);
}

// Each request gets its own 2 s limit, so the slow one fails and the others still succeed.
const results = await Promise.allSettled(paths.map((path) => fetchWithin(`${BASE}${path}`, 2000)));

results.forEach((result, index) => {
  const reason: unknown = result.status === "rejected" ? result.reason : undefined;
  const outcome =
    result.status === "fulfilled"
      ? `status ${result.value.status}`
      : reason instanceof DOMException && (reason.name === "TimeoutError" || reason.name === "AbortError")
        ? "timed out"
        : "failed";
  console.log(`${paths[index] ?? "?"}: ${outcome}`);
});
