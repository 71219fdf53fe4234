// Wrong answer: it rejects with the error's message, a string, not with the Error itself.
// The check says: rejected with something that is not an Error
function legacyLookup(key: string, callback: (error: Error | null, value?: string) => void): void {
  setTimeout(() => {
    if (key === "") callback(new Error("empty key"));
    else callback(null, `value of ${key}`);
  }, 200);
}

function lookup(key: string): Promise<string> {
  return new Promise((resolve, reject) => {
    legacyLookup(key, (error, value) => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the very mistake shown here
      if (error !== null) reject(error.message);
      else resolve(value ?? "");
    });
  });
}

console.log(await lookup("tea"));
try {
  await lookup("");
  console.log("no error");
} catch (error) {
  console.log(`failed: ${String(error)}`);
}
