// Wrong answer: the promise is fulfilled at once, before the library has called back.
// The check says: The output lacks the line “value of tea”
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
  let result = "";
  legacyLookup(key, (error, value) => {
    result = error === null ? (value ?? "") : "";
  });
  return Promise.resolve(result);
}

console.log(await lookup("tea"));
try {
  await lookup("");
  console.log("no error");
} catch (error) {
  console.log(`failed: ${(error as Error).message}`);
}
