// Each job is a number; its value here is how many seconds of work it takes.
const WORK = new Map([
  [1, 0.5],
  [2, 0.2],
  [3, 0.4],
  [4, 0.2],
]);

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A first-in, first-out queue for async code, built from promises, like an unbounded asyncio.Queue. */
class AsyncQueue<T> {
  readonly #items: T[] = [];
  /** Consumers waiting for an item, oldest first: each is the resolve of a pending get(). */
  readonly #getters: ((item: T) => void)[] = [];
  /** Callers of join() waiting for the unfinished count to reach zero. */
  #joiners: (() => void)[] = [];
  #unfinished = 0;

  get size(): number {
    return this.#items.length;
  }

  put(item: T): void {
    this.#unfinished += 1;
    const getter = this.#getters.shift();
    if (getter === undefined) this.#items.push(item);
    else getter(item); // hand it straight to the consumer that has waited longest
  }

  get(): Promise<T> {
    if (this.#items.length > 0) return Promise.resolve(this.#items.shift() as T);
    return new Promise((resolve) => this.#getters.push(resolve));
  }

  taskDone(): void {
    if (this.#unfinished === 0) throw new Error("taskDone() called more times than put().");
    this.#unfinished -= 1;
    if (this.#unfinished > 0) return;
    for (const wake of this.#joiners) wake();
    this.#joiners = [];
  }

  join(): Promise<void> {
    if (this.#unfinished === 0) return Promise.resolve();
    return new Promise((resolve) => this.#joiners.push(resolve));
  }
}

async function consumer(name: string, queue: AsyncQueue<number>): Promise<never> {
  for (;;) {
    const job = await queue.get(); // waits here while the queue is empty
    try {
      console.log(`${elapsed()} ${name} took job ${job}`);
      await sleep((WORK.get(job) ?? 0) * 1000);
      console.log(`${elapsed()} ${name} finished job ${job}`);
    } finally {
      queue.taskDone(); // one job fewer to wait for; join() counts these
    }
  }
}

const queue = new AsyncQueue<number>();
for (const job of WORK.keys()) queue.put(job);
console.log(`${elapsed()} queued ${queue.size} jobs`);
// No cancel in JavaScript: the consumers stay parked in get(), on a promise that never settles.
// That holds nothing open, so the program still ends once the last timer has fired.
void consumer("A", queue);
void consumer("B", queue);
await queue.join(); // settles once taskDone() has been called for every job put
console.log(`${elapsed()} all jobs done`);
