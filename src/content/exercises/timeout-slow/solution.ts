const BASE = "http://localhost:8787";
const paths = ["/delay/200", "/delay/5000", "/delay/300"];

// AbortSignal.timeout gives each request its own deadline; fetch rejects with a TimeoutError.
const results = await Promise.allSettled(
  paths.map((path) => fetch(`${BASE}${path}`, { signal: AbortSignal.timeout(2000) })),
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
