// Wrong answer: a race against a timer rejects in time, but the slow request keeps running.
// The check says: Every request “GET /delay/5000” must be cancelled; “GET /delay/5000” succeeded.
const BASE = "http://localhost:8787";
const paths = ["/delay/200", "/delay/5000", "/delay/300"];

function fetchWithin(url: string, ms: number): Promise<Response> {
  const late = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new DOMException("too slow", "TimeoutError")), ms),
  );
  return Promise.race([fetch(url), late]);
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
