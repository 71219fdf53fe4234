const BASE = "http://localhost:8787";
const STEADY = "/stream?chunks=4&intervalMs=300"; // a piece every 0.3 s, 0.9 s in all
const STALLING = "/stream?chunks=3&intervalMs=800"; // then silent for 0.8 s

/** The two ClientTimeout fields the twin can build: a whole-request limit and a gap limit. */
interface Limits {
  totalMs?: number;
  sockReadMs?: number;
}

async function attempt(label: string, path: string, limits: Limits): Promise<void> {
  const started = performance.now();
  const took = (): string => `${((performance.now() - started) / 1000).toFixed(1)}s`;
  // sock_read: a timer that starts again whenever a piece arrives.
  const gap = new AbortController();
  let gapTimer: ReturnType<typeof setTimeout> | undefined;
  const restartGap = (): void => {
    clearTimeout(gapTimer);
    if (limits.sockReadMs === undefined) return;
    gapTimer = setTimeout(
      () => gap.abort(new DOMException("No data in time.", "TimeoutError")),
      limits.sockReadMs,
    );
  };
  // total: one timer for the whole request.
  const signals = [gap.signal];
  if (limits.totalMs !== undefined) signals.push(AbortSignal.timeout(limits.totalMs));
  const signal = AbortSignal.any(signals);
  try {
    restartGap(); // waiting for the headers counts as a gap too
    const response = await fetch(`${BASE}${path}`, { signal });
    if (response.body === null) throw new Error("The stream has no body.");
    let chunks = 0;
    for await (const text of response.body.pipeThrough(new TextDecoderStream())) {
      chunks += text.split("\n").filter(Boolean).length;
      restartGap();
    }
    signal.throwIfAborted(); // the built-in runtime ends an aborted body quietly; fetch would error it
    console.log(`${label}: ${chunks} chunks in ${took()}`);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === "TimeoutError")) throw error;
    console.log(`${label}: timed out after ${took()}`);
  } finally {
    clearTimeout(gapTimer);
  }
}

// total: the whole request, however steadily the data flows.
await attempt("total=0.5, steady stream", STEADY, { totalMs: 500 });
// sock_read: only the gaps between pieces count.
await attempt("sock_read=0.5, steady stream", STEADY, { sockReadMs: 500 });
await attempt("sock_read=0.5, stalling stream", STALLING, { sockReadMs: 500 });
