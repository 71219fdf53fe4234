// Wrong answer: the time limit is so short that the two quick requests are cut off as well.
// The check says: Every request “GET /delay/200 or 300” must succeed
const BASE = "http://localhost:8787";
const paths = ["/delay/200", "/delay/5000", "/delay/300"];

const results = await Promise.allSettled(
  paths.map((path) => fetch(`${BASE}${path}`, { signal: AbortSignal.timeout(100) })),
);

results.forEach((result, index) => {
  const outcome =
    result.status === "fulfilled"
      ? `status ${result.value.status}`
      : result.reason instanceof DOMException && result.reason.name === "TimeoutError"
        ? "timed out"
        : "failed";
  console.log(`${paths[index] ?? "?"}: ${outcome}`);
});
