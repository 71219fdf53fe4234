import { describe, expect, it } from "vitest";
import { MockTimers } from "./mock-timers.ts";

function fakeScope() {
  const scope: Record<string, unknown> = { setTimeout: () => 0, clearTimeout: () => undefined, Date };
  return { scope, timers: new MockTimers(scope), real: { ...scope } };
}

describe("MockTimers", () => {
  it.each([
    { delays: [30, 10, 20], tickMs: 25, fired: [10, 20] },
    { delays: [30, 10, 20], tickMs: 30, fired: [10, 20, 30] },
    { delays: [5, 5], tickMs: 5, fired: [5, 5] },
    { delays: [100], tickMs: 99, fired: [] },
  ])("fires timers due within $tickMs ms in time order: $fired", ({ delays, tickMs, fired }) => {
    const { scope, timers } = fakeScope();
    timers.enable({ apis: ["setTimeout"] });
    const seen: number[] = [];
    const set = scope["setTimeout"] as (fn: () => void, ms: number) => number;
    for (const delay of delays) set(() => seen.push(delay), delay);
    timers.tick(tickMs);
    expect(seen).toEqual(fired);
  });

  it("runs a timer that a firing timer schedules, when it falls inside the same tick", () => {
    const { scope, timers } = fakeScope();
    timers.enable({ apis: ["setTimeout"] });
    const set = scope["setTimeout"] as (fn: () => void, ms: number) => number;
    const seen: string[] = [];
    set(() => {
      seen.push("first");
      set(() => seen.push("second"), 10);
    }, 10);
    timers.tick(15);
    expect(seen).toEqual(["first"]);
    timers.tick(5);
    expect(seen).toEqual(["first", "second"]);
  });

  it("forgets a cleared timer", () => {
    const { scope, timers } = fakeScope();
    timers.enable({ apis: ["setTimeout"] });
    const handle = (scope["setTimeout"] as (fn: () => void, ms: number) => number)(() => {
      throw new Error("should not fire");
    }, 10);
    (scope["clearTimeout"] as (id: number) => void)(handle);
    expect(() => timers.tick(20)).not.toThrow();
  });

  it("moves Date with the clock, from `now`", () => {
    const { scope, timers } = fakeScope();
    timers.enable({ apis: ["Date"], now: 1_000 });
    const FakeDate = scope["Date"] as DateConstructor;
    expect(FakeDate.now()).toBe(1_000);
    timers.tick(500);
    expect(new FakeDate().getTime()).toBe(1_500);
    expect(new FakeDate(0).getTime()).toBe(0);
  });

  it("puts the real functions back on reset", () => {
    const { scope, timers, real } = fakeScope();
    timers.enable();
    expect(scope["setTimeout"]).not.toBe(real["setTimeout"]);
    timers.reset();
    expect(scope).toEqual(real);
  });

  it("refuses an API it does not fake", () => {
    expect(() => fakeScope().timers.enable({ apis: ["setInterval"] })).toThrow(/not setInterval/);
  });
});
