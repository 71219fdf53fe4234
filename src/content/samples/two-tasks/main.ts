const start = performance.now();
const elapsed = (): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function brew(name: string, seconds: number): Promise<string> {
  // Names this task (User Timing API), as create_task(..., name=...) does: it gets its own timeline row.
  performance.mark(name);
  console.log(`${elapsed()} ${name}: started`);
  await sleep(seconds * 1000);
  console.log(`${elapsed()} ${name}: finished`);
  performance.measure(name, name);
  return name;
}

// A promise starts running as soon as it is created: these two run side by side.
const tea = brew("tea", 2);
const toast = brew("toast", 1);
console.log(`${elapsed()} both tasks are scheduled`);
const results = [await tea, await toast];
console.log(`${elapsed()} results in creation order: ${results.join(", ")}`);
