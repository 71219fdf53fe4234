// A library from before promises: it looks a key up and calls back once, 200 ms later,
// with an error or with the value. Its callback runs on the event loop, as every callback here does.
function legacyLookup(key: string, callback: (error: Error | null, value?: string) => void): void {
  setTimeout(() => {
    if (key === "") callback(new Error("empty key"));
    else callback(null, `value of ${key}`);
  }, 200);
}

/** legacyLookup as a promise: fulfilled with the value, or rejected with the error. */
function lookup(key: string): Promise<string> {
  // The callback settles the promise, once, the way a thread settles an asyncio future through
  // loop.call_soon_threadsafe(future.set_result, value).
  return new Promise((resolve, reject) => {
    legacyLookup(key, (error, value) => {
      if (error !== null) reject(error);
      else resolve(value ?? "");
    });
  });
}

console.log(await lookup("tea"));
try {
  await lookup("");
  console.log("no error");
} catch (error) {
  console.log(`failed: ${(error as Error).message}`);
}
