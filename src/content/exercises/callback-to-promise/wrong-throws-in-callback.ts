// Wrong answer: the error is thrown inside the callback, where no await can catch it.
// The check says: The run ended with an error
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
  return new Promise((resolve) => {
    legacyLookup(key, (error, value) => {
      // Thrown from a timer callback: it escapes to the event loop, not to the promise.
      if (error !== null) throw error;
      resolve(value ?? "");
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
