const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Has nothing to wait for, yet awaiting it still pauses the caller until queued microtasks have run. */
async function noop(): Promise<void> {
  // empty on purpose
}

async function other(): Promise<void> {
  console.log("other task: running");
}

// The nearest twin of create_task: the work waits in the microtask queue instead of starting right here.
const task = Promise.resolve().then(other);
console.log("main: task created");

await noop(); // a JavaScript await always yields, at least to the microtask queue
console.log("main: back from await noop()");

await sleep(0); // yields to timers and I/O as well
console.log("main: back from await sleep(0)");

await task;
