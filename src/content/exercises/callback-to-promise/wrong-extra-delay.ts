// Wrong answer: it waits for the callback, then waits another two seconds before settling.
// The check says: needed: “lookup settled when the callback came”
function legacyLookup(key: string, callback: (error: Error | null, value?: string) => void): void {
  setTimeout(() => {
    if (key === "") callback(new Error("empty key"));
    else callback(null, `value of ${key}`);
  }, 200);
}

function lookup(key: string): Promise<string> {
  return new Promise((resolve, reject) => {
    legacyLookup(key, (error, value) => {
      setTimeout(() => (error !== null ? reject(error) : resolve(value ?? "")), 2000);
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
