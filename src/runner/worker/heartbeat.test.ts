import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createHeartbeat } from "./heartbeat.ts";

describe("createHeartbeat", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("calls onDead once after five unanswered pings", () => {
    const onDead = vi.fn();
    const ping = vi.fn();
    const beat = createHeartbeat({ ping, onDead });
    beat.start();
    vi.advanceTimersByTime(5_000);
    expect(onDead).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onDead).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(onDead).toHaveBeenCalledTimes(1);
    expect(ping).toHaveBeenCalledTimes(6);
  });

  it("stays calm while the relay answers", () => {
    const onDead = vi.fn();
    const beat = createHeartbeat({ ping: () => beat.heard(), onDead });
    beat.start();
    vi.advanceTimersByTime(60_000);
    expect(onDead).not.toHaveBeenCalled();
  });

  it("stops pinging once stopped", () => {
    const onDead = vi.fn();
    const ping = vi.fn();
    const beat = createHeartbeat({ ping, onDead });
    beat.start();
    beat.stop();
    vi.advanceTimersByTime(60_000);
    expect(onDead).not.toHaveBeenCalled();
    expect(ping).toHaveBeenCalledTimes(1);
  });
});
