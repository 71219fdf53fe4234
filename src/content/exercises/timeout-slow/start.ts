const BASE = "http://localhost:8787";
const paths = ["/delay/200", "/delay/5000", "/delay/300"];

// Give each request a 2 s time limit, so the slow one fails and the others still succeed.
const results = await Promise.allSettled(paths.map((path) => fetch(`${BASE}${path}`)));

results.forEach((result, index) => {
  const outcome =
    result.status === "fulfilled"
      ? `status ${result.value.status}`
      : result.reason instanceof DOMException && result.reason.name === "TimeoutError"
        ? "timed out"
        : "failed";
  console.log(`${paths[index] ?? "?"}: ${outcome}`);
});
