// Wrong answer: a fixed limit of 50 ms, whatever was asked for, so quick requests fail too.
// The check says: needed: “a quick request was answered”
const BASE = "http://localhost:8787";
const paths = ["/delay/200", "/delay/5000", "/delay/300"];

async function fetchWithin(url: string, ms: number): Promise<Response> {
  return fetch(url, { signal: AbortSignal.timeout(Math.min(ms, 50)) });
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
