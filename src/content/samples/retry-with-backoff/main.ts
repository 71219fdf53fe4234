const BASE = "http://localhost:8787";
const ATTEMPTS = 4;
const FIRST_DELAY_MS = 200; // doubles after every failure
const ATTEMPT_LIMIT_MS = 5000; // for each attempt: a hung request counts as a failure too

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function getWithRetry(url: string): Promise<unknown> {
  let delay = FIRST_DELAY_MS;
  let problem = "";
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(ATTEMPT_LIMIT_MS) });
      if (response.status < 500) {
        // A 4xx will not get better: fail now.
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        console.log(`${elapsed()} attempt ${attempt}: status ${response.status}`);
        return await response.json();
      }
      await response.body?.cancel(); // the error body is not needed
      problem = `status ${response.status}`;
    } catch (error) {
      // Only network failures and timeouts are retried; anything else is a bug or a 4xx.
      if (error instanceof DOMException && error.name === "TimeoutError") problem = "timed out";
      else if (error instanceof TypeError) problem = "no connection";
      else throw error;
    }
    if (attempt < ATTEMPTS) {
      console.log(`${elapsed()} attempt ${attempt}: ${problem}, retrying in ${(delay / 1000).toFixed(1)}s`);
      await sleep(delay);
      delay *= 2;
    }
  }
  throw new Error(`gave up after ${ATTEMPTS} attempts (${problem})`);
}

// The server counts requests per key, so each run needs a key of its own.
const key = `retry-${Math.random().toString(36).slice(2, 10)}`;
const data = (await getWithRetry(`${BASE}/flaky/${key}?failures=2`)) as { attempts: number };
console.log(`${elapsed()} succeeded on attempt ${data.attempts}`);
