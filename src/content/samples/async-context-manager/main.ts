const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A query the pretend database refused. */
class QueryError extends Error {
  override name = "QueryError";
}

/** A pretend database connection: opening and closing each take 0.1 s. */
class Connection {
  readonly name: string;

  private constructor(name: string) {
    this.name = name;
  }

  /** The twin of __aenter__: a constructor cannot be async, so a static method opens. */
  static async open(name: string): Promise<Connection> {
    await sleep(100);
    console.log(`${elapsed()} ${name}: open`);
    return new Connection(name);
  }

  /** The twin of __aexit__, under the name `await using` looks for. It is not told about errors. */
  async [Symbol.asyncDispose](): Promise<void> {
    await sleep(100);
    console.log(`${elapsed()} ${this.name}: closed`);
  }
}

/** Commits if `body` succeeds, rolls back and rethrows if it fails: a callback in place of a block. */
async function transaction<T>(connection: Connection, body: () => Promise<T>): Promise<T> {
  console.log(`${elapsed()} ${connection.name}: begin`);
  let result: T;
  try {
    result = await body();
  } catch (error) {
    await sleep(100);
    console.log(`${elapsed()} ${connection.name}: rollback after ${(error as Error).name}`);
    throw error;
  }
  await sleep(100);
  console.log(`${elapsed()} ${connection.name}: commit`);
  return result;
}

// `await using db = await Connection.open("db")` would close it for us (Node 24, recent browsers);
// try/finally does the same everywhere, including Node 22 and browsers that do not parse `await using`.
const db = await Connection.open("db");
try {
  await transaction(db, async () => {
    console.log(`${elapsed()} insert a row`);
  });
  try {
    await transaction(db, async () => {
      throw new QueryError("duplicate key");
    });
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    console.log(`${elapsed()} caught: ${error.message}`);
  }
} finally {
  await db[Symbol.asyncDispose]();
}
