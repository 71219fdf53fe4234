const start = performance.now();
const say = (message: string): void =>
  console.log(`${((performance.now() - start) / 1000).toFixed(1)}s ${message}`);

// ES2024: the promise and its resolve function, side by side.
const { promise: ready, resolve } = Promise.withResolvers<string>();
// Nothing computes the value: a timer callback supplies it in 1 s.
setTimeout(() => resolve("the kettle has boiled"), 1000);
say("main: awaiting a value nobody has yet");
const value = await ready;
say(`main: got '${value}'`);
