const ITEMS = 5;
const WORK_MS = 300; // how long the consumer spends on each item

const start = performance.now();
const now = (): number => (performance.now() - start) / 1000;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const putAt = new Map<number, number>();
const takenAt = new Map<number, number>();

/** A first-in, first-out queue with room for `maxsize` items, like asyncio.Queue(maxsize=...). */
class BoundedQueue<T> {
  readonly #maxsize: number;
  readonly #items: T[] = [];
  /** Wake-ups for consumers waiting for an item, and for producers waiting for room, oldest first. */
  readonly #getters: (() => void)[] = [];
  readonly #putters: (() => void)[] = [];

  constructor(maxsize: number) {
    if (!Number.isInteger(maxsize) || maxsize < 1) throw new TypeError("maxsize must be 1 or more.");
    this.#maxsize = maxsize;
  }

  /** Adds an item, first waiting while the queue is full: that wait is the back-pressure. */
  async put(item: T): Promise<void> {
    while (this.#items.length >= this.#maxsize) {
      await new Promise<void>((resolve) => this.#putters.push(resolve));
    }
    this.#items.push(item);
    this.#getters.shift()?.();
  }

  /** Takes the oldest item, first waiting while the queue is empty. */
  async get(): Promise<T> {
    while (this.#items.length === 0) {
      await new Promise<void>((resolve) => this.#getters.push(resolve));
    }
    const item = this.#items.shift() as T;
    this.#putters.shift()?.(); // there is room now: let one waiting producer in
    return item;
  }
}

async function producer(queue: BoundedQueue<number>): Promise<void> {
  performance.mark("producer"); // a timeline row for this task, like create_task(..., name=...)
  for (let item = 1; item <= ITEMS; item += 1) {
    await queue.put(item); // waits here while the queue already holds maxsize items
    putAt.set(item, now());
  }
  performance.measure("producer", "producer");
}

async function consumer(queue: BoundedQueue<number>): Promise<void> {
  performance.mark("consumer");
  for (let count = 0; count < ITEMS; count += 1) {
    const item = await queue.get();
    takenAt.set(item, now());
    await sleep(WORK_MS);
  }
  performance.measure("consumer", "consumer");
}

const queue = new BoundedQueue<number>(2);
await Promise.all([producer(queue), consumer(queue)]);
for (let item = 1; item <= ITEMS; item += 1) {
  const put = (putAt.get(item) ?? Number.NaN).toFixed(1);
  const taken = (takenAt.get(item) ?? Number.NaN).toFixed(1);
  console.log(`item ${item}: put at ${put}s, taken at ${taken}s`);
}
console.log(`${now().toFixed(1)}s all consumed`);
