const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A pretend connection: opening and closing each take 0.1 s; "broken" cannot be opened. */
class Connection {
  readonly name: string;

  private constructor(name: string) {
    this.name = name;
  }

  static async open(name: string): Promise<Connection> {
    await sleep(100);
    if (name === "broken") throw new Error(`cannot open ${name}`);
    console.log(`${elapsed()} ${name}: open`);
    return new Connection(name);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await sleep(100);
    console.log(`${elapsed()} ${this.name}: closed`);
  }
}

/**
 * Remembers what to close and closes it last in, first out, like AsyncExitStack. Node 24 and recent
 * browsers have this built in as AsyncDisposableStack; Node 22 and Node 20 do not.
 */
class ExitStack {
  readonly #cleanups: (() => Promise<void>)[] = [];

  /** Awaits the opening, then remembers how to close what it opened. */
  async enter(opening: Promise<Connection>): Promise<Connection> {
    const resource = await opening;
    this.#cleanups.push(() => resource[Symbol.asyncDispose]());
    return resource;
  }

  /**
   * Closes everything entered, newest first; every cleanup runs even if one throws. Only the first
   * error is rethrown: AsyncDisposableStack would chain them all in a SuppressedError instead.
   */
  async close(): Promise<void> {
    const errors: unknown[] = [];
    for (let cleanup = this.#cleanups.pop(); cleanup !== undefined; cleanup = this.#cleanups.pop()) {
      await cleanup().catch((error: unknown) => errors.push(error));
    }
    if (errors.length > 0) throw errors[0];
  }
}

async function useAll(names: string[]): Promise<void> {
  // How many connections is known only at run time, so one try/finally per name cannot be written.
  const stack = new ExitStack();
  try {
    const connections: Connection[] = [];
    for (const name of names) connections.push(await stack.enter(Connection.open(name)));
    console.log(`${elapsed()} using ${connections.length} connections`);
  } finally {
    await stack.close(); // last opened first
  }
}

await useAll(["a", "b", "c"]);
try {
  await useAll(["d", "broken", "f"]);
} catch (error) {
  console.log(`${elapsed()} caught: ${(error as Error).message}`);
}
