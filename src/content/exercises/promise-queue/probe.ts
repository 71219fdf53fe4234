// The check's own use of the learner's AsyncQueue, with items picked at random for each run: a get
// that waits and is woken by put, two waiting gets served in order, queued items oldest first,
// and an empty queue that keeps get waiting until the next put (which also ends a get that polls). A "tick" is one macrotask: a woken get is done by then.
declare class AsyncQueue<T> {
  put(item: T): void;
  get(): Promise<T>;
}
declare const checkWords: readonly string[];

const nothingYet = "nothing yet";
const withinTick = <T>(promise: Promise<T>) =>
  Promise.race([promise, new Promise<string>((resolve) => setTimeout(() => resolve(nothingYet), 0))]);
const [w0, w1, w2, w3, w4, w5] = checkWords;

const probeQueue = new AsyncQueue<string | undefined>();
const waiting = probeQueue.get();
const before = await withinTick(waiting);
probeQueue.put(w0);
console.log(
  `check: a waiting get ${before === nothingYet ? "waited" : "did not wait"}, then received ${await withinTick(waiting)}`,
);

const one = probeQueue.get();
const two = probeQueue.get();
probeQueue.put(w1);
probeQueue.put(w2);
console.log(`check: two waiting gets received ${await withinTick(one)}, ${await withinTick(two)}`);

probeQueue.put(w3);
probeQueue.put(w4);
const first = await withinTick(probeQueue.get());
console.log(`check: queued items came out ${first}, ${await withinTick(probeQueue.get())}`);

const extra = probeQueue.get();
const early = await withinTick(extra);
probeQueue.put(w5);
console.log(
  `check: an empty queue ${early === nothingYet ? "made get wait" : `returned ${early}`}, then gave ${await withinTick(extra)}`,
);
