// Right answer: an async get, Promise.withResolvers, and a queue of waiting resolvers.
class AsyncQueue<T> {
  private readonly items: T[] = [];
  private readonly waiters: PromiseWithResolvers<T>[] = [];

  put(item: T): void {
    const next = this.waiters.shift();
    if (next) next.resolve(item);
    else this.items.push(item);
  }

  async get(): Promise<T> {
    if (this.items.length > 0) return this.items.shift() as T;
    const waiter = Promise.withResolvers<T>();
    this.waiters.push(waiter);
    return await waiter.promise;
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
