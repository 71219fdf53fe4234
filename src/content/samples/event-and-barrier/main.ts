// How long each task works after the settings arrive, before it must wait for the others.
const WORK = new Map([
  ["A", 200],
  ["B", 400],
  ["C", 600],
]);

const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const passedAt = new Map<string, number>();

/** A flag that tasks can wait for, like asyncio.Event: wait() settles once set() has been called. */
class AsyncEvent {
  #open: () => void = () => {};
  readonly #opened = new Promise<void>((resolve) => (this.#open = resolve));

  set(): void {
    this.#open();
  }

  wait(): Promise<void> {
    return this.#opened;
  }
}

/** Holds every caller of wait() until `parties` of them are waiting, then lets them all through. */
class Barrier {
  readonly #parties: number;
  #arrived = 0;
  #open: () => void = () => {};
  #opened = this.#nextRound();

  constructor(parties: number) {
    this.#parties = parties;
  }

  async wait(): Promise<void> {
    const round = this.#opened;
    this.#arrived += 1;
    if (this.#arrived === this.#parties) {
      this.#open(); // the last one in opens the way for all
      this.#arrived = 0; // and the barrier is ready for another round, like asyncio.Barrier
      this.#opened = this.#nextRound();
    }
    await round;
  }

  #nextRound(): Promise<void> {
    return new Promise<void>((resolve) => (this.#open = resolve));
  }
}

async function loadSettings(loaded: AsyncEvent): Promise<void> {
  await sleep(300);
  console.log(`${elapsed()} settings loaded`);
  loaded.set(); // wakes every task waiting on the event, now and later
}

async function task(name: string, loaded: AsyncEvent, everyone: Barrier): Promise<void> {
  await loaded.wait();
  console.log(`${elapsed()} ${name} starts`);
  await sleep(WORK.get(name) ?? 0);
  console.log(`${elapsed()} ${name} waits at the barrier`);
  await everyone.wait(); // nobody passes until all three have arrived
  passedAt.set(name, (performance.now() - start) / 1000);
}

const loaded = new AsyncEvent();
const everyone = new Barrier(WORK.size);
await Promise.all([loadSettings(loaded), ...[...WORK.keys()].map((name) => task(name, loaded, everyone))]);
const times = [...WORK.keys()].map((name) => `${name} at ${(passedAt.get(name) ?? Number.NaN).toFixed(1)}s`);
console.log(`passed the barrier: ${times.join(", ")}`);
