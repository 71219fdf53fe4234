// The check's own calls to the learner's handler, with names picked at random for each run: only a
// real route can answer them. Its lines start with "check:" so the learner can see what it got.
declare function handle(request: Request): Promise<Response>;
declare const checkWords: readonly string[];

const [first = "", second = "", stranger = ""] = checkWords;
for (const name of [`hello/${first}`, `hello/${second}`, stranger]) {
  const response = await handle(new Request(`http://tiny.app/${encodeURI(name)}`));
  console.log(`check: /${name} -> ${response.status} ${await response.text()}`);
}
