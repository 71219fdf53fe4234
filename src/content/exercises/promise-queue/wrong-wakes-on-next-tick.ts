// Wrong answer: put wakes the waiting get, but only on a later turn of the event loop.
// The check says: There must be no timers; there were
class AsyncQueue<T> {
  readonly #items: T[] = [];
  readonly #waiting: ((item: T) => void)[] = [];

  put(item: T): void {
    const waiter = this.#waiting.shift();
    if (waiter === undefined) this.#items.push(item);
    else setTimeout(() => waiter(item), 0);
  }

  get(): Promise<T> {
    if (this.#items.length > 0) return Promise.resolve(this.#items.shift() as T);
    return new Promise((resolve) => this.#waiting.push(resolve));
  }
}

// Two workers wait for jobs before any exist, as consumers of an asyncio.Queue do.
const queue = new AsyncQueue<number>();
async function worker(name: string): Promise<void> {
  for (;;) {
    const job = await queue.get();
    if (job < 0) return; // the stop signal
    const response = await fetch(`http://localhost:8787/delay/200?job=${job}`);
    await response.text();
    console.log(`worker ${name} finished job ${job}`);
  }
}

const workers = [worker("a"), worker("b")];
for (const job of [1, 2, 3, 4]) queue.put(job);
queue.put(-1);
queue.put(-1);
await Promise.all(workers);
console.log("all jobs done");
