// Wrong answer (from issue 19): one signal, made once, is shared by every request, so the limit
// counts from the first call, not from each request's start (hint 2 names this mistake).
// The check says: needed: “a quick request was answered”
const BASE = "http://localhost:8787";
const paths = ["/delay/200", "/delay/5000", "/delay/300"];

let shared: AbortSignal | undefined;
async function fetchWithin(url: string, ms: number): Promise<Response> {
  shared ??= AbortSignal.timeout(ms);
  return fetch(url, { signal: shared });
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
