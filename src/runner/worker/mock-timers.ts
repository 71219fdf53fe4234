/**
 * The built-in runtime's twin of node:test's `mock.timers`: while enabled, `setTimeout`,
 * `clearTimeout` and `Date` on the given scope read a fake clock that moves only on `tick(ms)`, so
 * a test of a 5-second timeout takes no real time. It covers what the samples use (setTimeout and
 * Date); asking for another API throws, rather than pretending to fake it.
 */

type TimerApi = "setTimeout" | "Date";

/** The options of `mock.timers.enable`, as in Node. */
export interface EnableOptions {
  apis?: readonly string[];
  now?: number | Date;
}

interface FakeTimer {
  id: number;
  at: number;
  callback: (...args: unknown[]) => void;
  args: unknown[];
}

const supportedApis: readonly TimerApi[] = ["setTimeout", "Date"];

/** A fake clock for one scope; `enable` swaps the scope's timers, `reset` puts them back. */
export class MockTimers {
  readonly #scope: Record<string, unknown>;
  #saved: Record<string, unknown> | undefined;
  #now = 0;
  #nextId = 1;
  #timers: FakeTimer[] = [];

  constructor(scope: Record<string, unknown> = globalThis) {
    this.#scope = scope;
  }

  /** Replaces the listed APIs (default: both) with fakes that share one clock, starting at `now`. */
  enable(options: EnableOptions = {}): void {
    if (this.#saved !== undefined) throw new Error("mock.timers is already enabled; call reset() first.");
    const apis = options.apis ?? supportedApis;
    for (const api of apis) {
      if (!supportedApis.includes(api as TimerApi))
        throw new TypeError(`This runtime's mock.timers fakes setTimeout and Date, not ${api}.`);
    }
    this.#now = options.now instanceof Date ? options.now.getTime() : (options.now ?? 0);
    this.#saved = {};
    if (apis.includes("setTimeout"))
      this.#swap({ setTimeout: this.#setTimeout, clearTimeout: this.#clearTimeout });
    if (apis.includes("Date")) this.#swap({ Date: this.#fakeDate(this.#scope["Date"] as DateConstructor) });
  }

  /** Moves the clock forward by `ms`, running every timer that falls due, in time order. */
  tick(ms = 1): void {
    if (!(ms >= 0)) throw new RangeError(`tick() takes a number of milliseconds >= 0, not ${String(ms)}.`);
    const end = this.#now + ms;
    for (;;) {
      const due = this.#timers
        .filter((timer) => timer.at <= end)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (due === undefined) break;
      this.#timers = this.#timers.filter((timer) => timer !== due);
      this.#now = Math.max(this.#now, due.at);
      due.callback(...due.args);
    }
    this.#now = end;
  }

  /** Runs every pending timer, the clock jumping to each in turn. */
  runAll(): void {
    while (this.#timers.length > 0) this.tick(Math.max(...this.#timers.map((timer) => timer.at)) - this.#now);
  }

  /** Puts the real APIs back and forgets pending fake timers. */
  reset(): void {
    if (this.#saved !== undefined) Object.assign(this.#scope, this.#saved);
    this.#saved = undefined;
    this.#timers = [];
  }

  #swap(fakes: Record<string, unknown>): void {
    for (const [name, fake] of Object.entries(fakes)) {
      (this.#saved as Record<string, unknown>)[name] = this.#scope[name];
      this.#scope[name] = fake;
    }
  }

  #setTimeout = (callback: unknown, delay?: number, ...args: unknown[]): number => {
    if (typeof callback !== "function") throw new TypeError("setTimeout needs a function.");
    const id = this.#nextId++;
    const at = this.#now + Math.max(1, Number(delay) || 0);
    this.#timers.push({ id, at, callback: callback as FakeTimer["callback"], args });
    return id;
  };

  #clearTimeout = (id: unknown): void => {
    this.#timers = this.#timers.filter((timer) => timer.id !== id);
  };

  #fakeDate(RealDate: DateConstructor): DateConstructor {
    const clock = () => this.#now;
    class FakeDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(clock());
        else super(...(args as [number]));
      }
      static override now(): number {
        return clock();
      }
    }
    return FakeDate as DateConstructor;
  }
}
