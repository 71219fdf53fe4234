// The check's own calls to the learner's firstSuccess, with answers picked at random for each run:
// one mirror fails at once, one answers after 200 ms, one would take 1.5 s (the check wants it
// aborted); then two mirrors that both fail. Its requests carry ?probe, so the timeline tells them apart.
declare function firstSuccess<T>(attempts: readonly ((signal: AbortSignal) => Promise<T>)[]): Promise<T>;
declare const checkWords: readonly string[];

const [w0 = "", w1 = "", w2 = ""] = checkWords;
const answer = (path: string, word: string) => async (signal: AbortSignal) => {
  const response = await fetch(`http://localhost:8787${path}?probe`, { signal });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  await response.text();
  return word;
};

try {
  const value = await firstSuccess([
    answer("/status/503", w0),
    answer("/delay/1500", w1),
    answer("/delay/200", w2),
  ]);
  console.log(`check: the first success was ${value}`);
} catch (error) {
  console.log(`check: it rejected: ${String(error)}`);
}
try {
  const value = await firstSuccess([answer("/status/500", w0), answer("/status/502", w1)]);
  console.log(`check: when all fail, it resolved with ${value}`);
} catch (error) {
  const what =
    error instanceof AggregateError ? `an AggregateError of ${error.errors.length}` : String(error);
  console.log(`check: when all fail, it rejects with ${what} (${w2})`);
}
