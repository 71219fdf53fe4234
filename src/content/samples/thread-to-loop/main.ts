const BASE = "http://localhost:8787";
const start = performance.now();
const elapsed = () => `${((performance.now() - start) / 1000).toFixed(1)}s`;

async function save(count: number): Promise<string> {
  const response = await fetch(`${BASE}/echo`, { method: "POST", body: JSON.stringify({ readings: count }) });
  const sent = ((await response.json()) as { json: { readings: number } }).json;
  await new Promise((resolve) => setTimeout(resolve, 200));
  return `saved ${sent.readings} readings`;
}

/**
 * A callback-based library: it calls `onReading` three times, 200 ms apart. Its callbacks already
 * run on the event loop's thread, so there is nothing to hand over, only a promise to wait for.
 */
function sensor(onReading: (reading: number) => void): void {
  let reading = 0;
  const timer = setInterval(() => {
    reading += 1;
    onReading(reading);
    if (reading < 3) return;
    clearInterval(timer);
    // A callback cannot block until async work is done: it gets a promise and says what happens next.
    void save(3).then((result) => console.log(`${elapsed()} the sensor's side got "${result}" back`));
  }, 200);
}

// A tiny queue between the callbacks and the async code that awaits their values.
const values: number[] = [];
let wake = () => {};
sensor((reading) => {
  values.push(reading);
  wake();
});
for (let count = 0; count < 3; count += 1) {
  while (values.length === 0) await new Promise<void>((resolve) => (wake = resolve));
  console.log(`${elapsed()} the loop got reading ${values.shift()}`);
}
