const start = performance.now();
const say = (message: string): void =>
  console.log(`${((performance.now() - start) / 1000).toFixed(1)}s ${message}`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function brew(drink: string, ms: number): Promise<string> {
  await sleep(ms);
  if (drink === "coffee") throw new Error("out of beans");
  return `a cup of ${drink}`;
}

function report(name: string, promise: Promise<string>): void {
  // One function for the value, one for the error: without the
  // second, a failure would be an unhandled rejection.
  void promise.then(
    (value) => say(`callback: ${name} gave ${value}`),
    (error: unknown) =>
      say(`callback: ${name} failed: ${error instanceof Error ? error.message : String(error)}`),
  );
}

const coffee = brew("coffee", 500);
const tea = brew("tea", 1000);
report("coffee", coffee);
report("tea", tea);
say("main: callbacks attached");
say(`main: awaited ${await tea}`);
