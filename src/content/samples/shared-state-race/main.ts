const DEPOSITS = 5;
const AMOUNT = 10;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` once the work queued before it has ended, so one caller at a time holds it. */
type Mutex = <T>(work: () => Promise<T>) => Promise<T>;

/** A small mutex, like asyncio.Lock: each call waits for the one before it, through a chain of promises. */
function createMutex(): Mutex {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const result = tail.then(work);
    tail = result.catch(() => undefined); // a holder that fails must not block the next one
    return result;
  };
}

class Account {
  balance = 0;
  readonly withLock = createMutex();
}

async function deposit(account: Account): Promise<void> {
  const current = account.balance; // read
  await sleep(0); // any await: a request, a query; other async functions run here
  account.balance = current + AMOUNT; // write back a value that may be stale by now
}

async function depositLocked(account: Account): Promise<void> {
  // one call at a time from the read to the write
  await account.withLock(async () => {
    const current = account.balance;
    await sleep(0);
    account.balance = current + AMOUNT;
  });
}

async function run(label: string, depositOnce: (account: Account) => Promise<void>): Promise<void> {
  const account = new Account();
  await Promise.all(Array.from({ length: DEPOSITS }, () => depositOnce(account)));
  const expected = DEPOSITS * AMOUNT;
  const lost = (expected - account.balance) / AMOUNT;
  console.log(`${label}: balance ${account.balance}, expected ${expected} (${lost} updates lost)`);
}

await run("without a lock", deposit);
await run("with a lock", depositLocked);
