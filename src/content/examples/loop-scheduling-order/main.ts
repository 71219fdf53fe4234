const start = performance.now();
const say = (message: string): void =>
  console.log(`${((performance.now() - start) / 1000).toFixed(1)}s ${message}`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

setTimeout(() => say("timer: ran 0.5 s later"), 500);
queueMicrotask(() => say("soon: ran as soon as main paused"));
say("main: both scheduled, neither has run yet");

await sleep(0); // give the event loop one turn
say("main: back after yielding once");

await sleep(1000);
say("main: done");
