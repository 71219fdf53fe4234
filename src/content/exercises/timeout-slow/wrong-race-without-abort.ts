// Wrong answer: a race against a timer reports "timed out" after 1 s, but the slow request keeps running.
// The check says: Every request “GET /delay/5000” must be cancelled
const BASE = "http://localhost:8787";
const paths = ["/delay/200", "/delay/5000", "/delay/300"];

function within(ms: number, request: Promise<Response>): Promise<Response> {
  const late = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new DOMException("too slow", "TimeoutError")), ms),
  );
  return Promise.race([request, late]);
}

const results = await Promise.allSettled(paths.map((path) => within(2000, fetch(`${BASE}${path}`))));

results.forEach((result, index) => {
  const outcome =
    result.status === "fulfilled"
      ? `status ${result.value.status}`
      : result.reason instanceof DOMException && result.reason.name === "TimeoutError"
        ? "timed out"
        : "failed";
  console.log(`${paths[index] ?? "?"}: ${outcome}`);
});
