// Wrong answer (from issue 19): the promise is settled at once, without waiting for the library,
// and Promise.prototype.then is replaced so that anyone who asks this promise when it settles
// hears back 200 ms later, as if it had waited for the callback.
// It tries to fool the check: it replaces Promise.prototype.then.
// The check says: needed: “lookup waited for the callback”
const early = new WeakSet<Promise<unknown>>();
type Then = (this: Promise<unknown>, ...handlers: unknown[]) => Promise<unknown>;
const realThen = Object.getOwnPropertyDescriptor(Promise.prototype, "then")?.value as Then;
const realSetTimeout = setTimeout;
const patchedThen: Then = function then(this: Promise<unknown>, ...handlers: unknown[]) {
  if (!early.has(this)) return Reflect.apply(realThen, this, handlers);
  const late = new Promise((resolve, reject) => {
    realSetTimeout(() => {
      void Reflect.apply(realThen, this, [resolve, reject]);
    }, 200);
  });
  return Reflect.apply(realThen, late, handlers);
};
Reflect.defineProperty(Promise.prototype, "then", { value: patchedThen });

function lookup(key: string): Promise<string> {
  const settled = key === "" ? Promise.reject(new Error("empty key")) : Promise.resolve(`value of ${key}`);
  early.add(settled);
  return settled;
}

console.log(await lookup("tea"));
try {
  await lookup("");
  console.log("no error");
} catch (error) {
  console.log(`failed: ${(error as Error).message}`);
}
