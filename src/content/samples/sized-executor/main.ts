const BASE = "http://localhost:8787";
const start = performance.now();
const elapsed = () => `${((performance.now() - start) / 1000).toFixed(1)}s`;

/** At most `size` jobs at once; the others wait their turn, oldest first, as in a thread pool. */
function createPool(size: number) {
  let busy = 0;
  const queue: (() => void)[] = [];
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (busy === size) await new Promise<void>((resolve) => queue.push(resolve));
    else busy += 1;
    try {
      return await job();
    } finally {
      // Hand the slot straight to the next job in line, or free it.
      const next = queue.shift();
      if (next === undefined) busy -= 1;
      else next();
    }
  };
}

const pool = createPool(2);

async function job(image: number, ms: number): Promise<void> {
  // The slow work here is a request to the practice server: JavaScript has no call that blocks.
  await pool(async () => (await fetch(`${BASE}/delay/${ms}?image=${image}`)).arrayBuffer());
  console.log(`${elapsed()} image ${image} resized`);
}

await Promise.all([job(1, 400), job(2, 600), job(3, 400), job(4, 400)]);
console.log(`${elapsed()} all four resized, two at a time`);
