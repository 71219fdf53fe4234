// Wrong answer: the value arrives, but an error fulfils the promise with "" instead of rejecting it.
// The check says: The output lacks the line “failed: empty key”
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
    legacyLookup(key, (_error, value) => resolve(value ?? ""));
  });
}

console.log(await lookup("tea"));
try {
  await lookup("");
  console.log("no error");
} catch (error) {
  console.log(`failed: ${(error as Error).message}`);
}
