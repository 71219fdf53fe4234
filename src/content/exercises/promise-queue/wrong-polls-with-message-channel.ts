// Wrong answer (from issue 19): get polls the queue with a MessageChannel round trip, which uses
// no timer at all; it still only notices a put on its next poll.
// It tries to fool the check: it polls through a MessageChannel, with no timer.
// The check says: needed: “a waiting get waited, then received
class AsyncQueue<T> {
  readonly #items: T[] = [];

  put(item: T): void {
    this.#items.push(item);
  }

  async get(): Promise<T> {
    while (this.#items.length === 0) {
      const { port1, port2 } = new MessageChannel();
      await new Promise((resolve) => {
        port1.onmessage = resolve;
        port2.postMessage(null);
      });
      port1.close();
    }
    return this.#items.shift() as T;
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
