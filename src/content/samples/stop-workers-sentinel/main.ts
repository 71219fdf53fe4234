const WORKERS = ["A", "B"];
const WORK_MS = 900;

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A first-in, first-out queue built from promises: get() waits while it is empty. */
class AsyncQueue<T> {
  readonly #items: T[] = [];
  readonly #getters: ((item: T) => void)[] = [];

  put(item: T): void {
    const getter = this.#getters.shift();
    if (getter === undefined) this.#items.push(item);
    else getter(item); // straight to the consumer that has waited longest
  }

  get(): Promise<T> {
    if (this.#items.length > 0) return Promise.resolve(this.#items.shift() as T);
    return new Promise((resolve) => this.#getters.push(resolve));
  }
}

async function producer(queue: AsyncQueue<number | null>): Promise<void> {
  for (let job = 1; job <= 4; job += 1) {
    if (job > 1) await sleep(600); // a new job every 0.6 s
    queue.put(job);
  }
  // One stop sign per worker, queued behind the real jobs, so every job is still done.
  for (let count = 0; count < WORKERS.length; count += 1) queue.put(null);
}

async function worker(name: string, queue: AsyncQueue<number | null>): Promise<void> {
  for (let job = await queue.get(); job !== null; job = await queue.get()) {
    console.log(`${elapsed()} ${name} took job ${job}`);
    await sleep(WORK_MS);
  }
  console.log(`${elapsed()} ${name} stops`);
}

const queue = new AsyncQueue<number | null>();
await Promise.all([producer(queue), ...WORKERS.map((name) => worker(name, queue))]);
console.log(`${elapsed()} all workers stopped`);
