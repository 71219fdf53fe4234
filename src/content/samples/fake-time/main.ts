import { describe, it, run } from "node:test";
import assert from "node:assert/strict";
import type { TestEvent } from "node:test/reporters";

/** The code under test: tries `operation`, waiting 1 s, 2 s, 4 s... between failures. */
async function retryWithBackoff<T>(
  operation: () => Promise<T>,
  attempts = 4,
  firstDelayMs = 1000,
): Promise<T> {
  let delay = firstDelayMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (attempt === attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
}

// tick() fires the timers that are due, but the code under test sets its next timer only after a
// few promise callbacks have run. node:test has no async tick, so give those callbacks a turn.
async function letPromisesSettle(): Promise<void> {
  for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
}

function declareTests(): void {
  describe("retryWithBackoff", () => {
    it("backs off 1 then 2 then 4 seconds", async (t) => {
      t.mock.timers.enable({ apis: ["setTimeout", "Date"], now: 0 });
      const triedAt: number[] = [];
      const flaky = async () => {
        triedAt.push(Date.now());
        if (triedAt.length < 4) throw new Error("busy");
        return "done";
      };
      const result = retryWithBackoff(flaky);
      for (const ms of [1000, 2000, 4000]) {
        await letPromisesSettle();
        t.mock.timers.tick(ms);
      }
      assert.equal(await result, "done");
      assert.deepEqual(triedAt, [0, 1000, 3000, 7000]);
    });

    it("gives up after 4 attempts", async (t) => {
      t.mock.timers.enable({ apis: ["setTimeout"] });
      let tries = 0;
      const outcome = assert.rejects(
        retryWithBackoff(async () => {
          tries += 1;
          throw new Error("busy");
        }),
        /busy/,
      );
      for (const ms of [1000, 2000, 4000]) {
        await letPromisesSettle();
        t.mock.timers.tick(ms);
      }
      await outcome;
      assert.equal(tries, 4);
    });
  });
}

const start = performance.now();
let passed = 0;
let failed = 0;
// Node's types leave the stream's items untyped; they are the events its reporters read.
const events = run({ files: [], isolation: "none", setup: declareTests }) as AsyncIterable<TestEvent>;
for await (const event of events) {
  if (event.type === "test:pass" && event.data.details.type !== "suite") {
    passed += 1;
    console.log(`ok - ${event.data.name}`);
  } else if (event.type === "test:fail" && event.data.details.type !== "suite") {
    failed += 1;
    console.log(`not ok - ${event.data.name}: ${event.data.details.error.cause.message}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
const real = (performance.now() - start) / 1000;
// The real time is a few milliseconds; the margin is for a busy machine.
console.log(`14 s of backoff took ${real < 5 ? "under" : "over"} 5 s of real time`);
