import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFailureMemory } from "./failure-memory.ts";

const now = 1_800_000_000_000;
const graceMs = 10_000;

function memory() {
  const remembered: number[] = [];
  const failures = createFailureMemory({
    remember: (at) => remembered.push(at),
    now: () => Date.now(),
    graceMs,
  });
  return { failures, remembered };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

describe("createFailureMemory", () => {
  it("remembers a failure at once while the learner stays", () => {
    const { failures, remembered } = memory();
    failures.failed(true);
    expect(remembered).toEqual([now]);
  });

  it("drops a failure that came between beforeunload and pagehide, as Firefox delivers them", async () => {
    const { failures, remembered } = memory();
    failures.leaving();
    await vi.advanceTimersByTimeAsync(100);
    failures.failed(true);
    await vi.advanceTimersByTimeAsync(3_000);
    failures.left();
    await vi.advanceTimersByTimeAsync(graceMs);
    expect(remembered).toEqual([]);
    // Shown again from the back-forward cache: the boot it was counting on is to be tried again.
    expect(failures.returned()).toBe(true);
  });

  it("remembers a held failure, with its own time, once the page has plainly stayed", async () => {
    const { failures, remembered } = memory();
    failures.leaving();
    await vi.advanceTimersByTimeAsync(1_000);
    failures.failed(true);
    await vi.advanceTimersByTimeAsync(graceMs - 1_001);
    expect(remembered).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(remembered).toEqual([now + 1_000]);
    // The navigation did not happen: failures from now on count at once again.
    failures.failed(true);
    expect(remembered).toEqual([now + 1_000, now + graceMs]);
  });

  it("remembers nothing after pagehide, and asks for a new boot only for one the page counted on", () => {
    const counted = memory();
    counted.failures.left();
    counted.failures.failed(true);
    expect(counted.remembered).toEqual([]);
    expect(counted.failures.returned()).toBe(true);

    const notCounted = memory();
    notCounted.failures.left();
    notCounted.failures.failed(false);
    expect(notCounted.remembered).toEqual([]);
    expect(notCounted.failures.returned()).toBe(false);
  });

  it("is away only between pagehide and pageshow, and a page that never left has nothing to retry", () => {
    const { failures, remembered } = memory();
    expect(failures.returned()).toBe(false);
    failures.left();
    expect(failures.away()).toBe(true);
    failures.leaving();
    expect(failures.returned()).toBe(false);
    expect(failures.away()).toBe(false);
    failures.failed(true);
    expect(remembered).toEqual([now]);
  });
});
