// Right answer: Promise.withResolvers, and an async function that awaits the settled promise.
function legacyLookup(key: string, callback: (error: Error | null, value?: string) => void): void {
  setTimeout(() => {
    if (key === "") callback(new Error("empty key"));
    else callback(null, `value of ${key}`);
  }, 200);
}

async function lookup(key: string): Promise<string> {
  const { promise, resolve, reject } = Promise.withResolvers<string>();
  legacyLookup(key, (error, value) => (error === null ? resolve(value ?? "") : reject(error)));
  return await promise;
}

console.log(await lookup("tea"));
try {
  await lookup("");
} catch (error) {
  if (error instanceof Error) console.log(`failed: ${error.message}`);
}
