// Wrong answer: only one get can wait; a second waiting get replaces the first, which is lost.
// The check says: “all jobs done” must be printed after every request “GET /delay/200…” has ended; it was never printed.
class AsyncQueue<T> {
  readonly #items: T[] = [];
  #waiter: ((item: T) => void) | undefined;

  put(item: T): void {
    const waiter = this.#waiter;
    this.#waiter = undefined;
    if (waiter === undefined) this.#items.push(item);
    else waiter(item);
  }

  get(): Promise<T> {
    if (this.#items.length > 0) return Promise.resolve(this.#items.shift() as T);
    return new Promise((resolve) => (this.#waiter = resolve));
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
