const start = performance.now();
const say = (message: string): void =>
  console.log(`${((performance.now() - start) / 1000).toFixed(1)}s ${message}`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

setTimeout(() => say("timer: ran 0.5 s later"), 500);
setTimeout(() => say("soon: ran as soon as main paused"), 0); // the twin of call_soon: a turn of the loop
say("main: both scheduled, neither has run yet");

await sleep(0); // give the event loop one turn
say("main: back after yielding once");

await sleep(1000);
say("main: done");
