// Wrong answer: the limit aborts with a reason of its own, a plain Error, so a caller cannot tell
// a timeout from any other failure.
// The check says: needed: “a slow request was aborted at its limit”
const BASE = "http://localhost:8787";
const paths = ["/delay/200", "/delay/5000", "/delay/300"];

async function fetchWithin(url: string, ms: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error("too slow")), ms);
  try {
    return await fetch(url, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
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
