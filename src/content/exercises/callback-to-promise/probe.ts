// The check's own use of the learner's lookup, with keys picked at random for each run: a
// lookup that must wait for the callback, a value, and an error that must reject the promise.
declare function lookup(key: string): Promise<string>;
declare const checkWords: readonly string[];

const nothingYet = "nothing yet";
const [w0 = "", w1 = ""] = checkWords;
const pending = lookup(w0);
// 50 ms in, the library has not called back yet (it takes 200 ms), so the promise must still wait.
const early = await Promise.race([
  pending,
  new Promise<string>((resolve) => setTimeout(() => resolve(nothingYet), 50)),
]);
console.log(
  `check: lookup ${early === nothingYet ? "waited for the callback" : `settled early with "${early}"`}`,
);
console.log(`check: lookup fulfilled with "${await pending}"`);
const both = await Promise.allSettled([lookup(w1), lookup("")]);
console.log(
  `check: two lookups ended ${both
    .map((outcome) =>
      outcome.status === "fulfilled"
        ? `fulfilled with "${outcome.value}"`
        : `rejected with ${outcome.reason instanceof Error ? `Error "${outcome.reason.message}"` : String(outcome.reason)}`,
    )
    .join(" and ")}`,
);
