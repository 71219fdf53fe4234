// Wrong answer: the slow request is aborted, but only after 4 s instead of 2 s.
// The check says: “GET /delay/5000” took
const BASE = "http://localhost:8787";
const paths = ["/delay/200", "/delay/5000", "/delay/300"];

const results = await Promise.allSettled(
  paths.map((path) => fetch(`${BASE}${path}`, { signal: AbortSignal.timeout(4000) })),
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
