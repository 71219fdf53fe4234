import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readyWithinMs, relayDocument, runtimeReady } from "./relay-source.ts";

/** A worker that records what it is sent; the test speaks for it. */
class FakeWorker {
  readonly sent: { data: unknown; transfer: unknown[] }[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | undefined;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | undefined;
  readonly url: string;
  constructor(url: string) {
    this.url = url;
  }
  postMessage(data: unknown, transfer: unknown[] = []): void {
    this.sent.push({ data, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  saysReady(): void {
    this.onmessage?.({ data: { type: runtimeReady } });
  }
  fails(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined });
  }
  /** The start order it was given, if any, and the run's port that came with it. */
  start(): { data: unknown; port: FakePort } | undefined {
    const given = this.sent.find((each) => (each.data as { type?: string }).type === "start");
    return given === undefined ? undefined : { data: given.data, port: given.transfer[0] as FakePort };
  }
}

/** One end of a channel that delivers at once, so the relay's steps can be followed in order. */
class FakePort {
  other: FakePort | undefined;
  onmessage: ((event: { data: unknown }) => void) | undefined;
  postMessage(data: unknown): void {
    this.other?.onmessage?.({ data });
  }
  close(): void {
    this.other = undefined;
  }
}

class FakeChannel {
  readonly port1 = new FakePort();
  readonly port2 = new FakePort();
  constructor() {
    this.port1.other = this.port2;
    this.port2.other = this.port1;
  }
}

/** Runs the relay's script with fake workers, and returns the page's end of its port. */
function startRelay() {
  const html = relayDocument("token", "nonce");
  const script = /<script nonce="nonce">([\s\S]*)<\/script>/.exec(html)?.[1] ?? "";
  const workers: FakeWorker[] = [];
  let pagePort: FakePort | undefined;
  const parent = {
    postMessage: (_data: unknown, _origin: string, [port]: FakePort[]) => (pagePort = port),
  };
  class Worker extends FakeWorker {
    constructor(url: string) {
      super(url);
      workers.push(this);
    }
  }
  const url = { createObjectURL: (blob: Blob) => `blob:${blob.size}` };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the relay's own script, under test
  const relay = new Function("Worker", "MessageChannel", "URL", "parent", script) as (
    ...scope: unknown[]
  ) => void;
  relay(Worker, FakeChannel, url, parent);
  if (pagePort === undefined) throw new Error("The relay did not hand over its port.");
  const heard: unknown[] = [];
  pagePort.onmessage = (event) => heard.push(event.data);
  const page = pagePort;
  return { workers, heard, order: (data: Record<string, unknown>) => page.postMessage(data) };
}

const runOrder = { type: "run", runId: 7, runtime: "// runtime", code: "1", maxLines: 5, probe: undefined };

describe("the relay", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("gives a run to its worker only once the worker says the runtime has loaded", () => {
    const relay = startRelay();
    relay.order({ type: "prime", runtime: "// runtime" });
    relay.order(runOrder);
    const [bare] = relay.workers;
    expect(bare?.start()).toBeUndefined();
    bare?.saysReady();
    expect(bare?.start()?.data).toMatchObject({ type: "start", code: "1", maxLines: 5 });
    bare?.start()?.port.postMessage({ type: "exit", code: 0 });
    expect(relay.heard).toContainEqual({ runId: 7, event: { type: "exit", code: 0 } });
  });

  it("starts a second worker for a run whose worker stays silent, and the first to answer runs it", () => {
    const relay = startRelay();
    relay.order(runOrder);
    vi.advanceTimersByTime(readyWithinMs - 1);
    expect(relay.workers).toHaveLength(1);
    vi.advanceTimersByTime(1);
    const [silent, backup] = relay.workers;
    backup?.saysReady();
    expect(backup?.start()).toBeDefined();
    expect(silent?.terminated).toBe(true);
    silent?.saysReady();
    expect(silent?.start()).toBeUndefined();
    // Stop ends the run's worker and readies a spare for the next run.
    relay.order({ type: "stop" });
    expect(backup?.terminated).toBe(true);
    expect(relay.workers).toHaveLength(3);
  });

  it("runs on the worker that was slow but answered first, and ends the backup", () => {
    const relay = startRelay();
    relay.order(runOrder);
    vi.advanceTimersByTime(readyWithinMs);
    const [slow, backup] = relay.workers;
    slow?.saysReady();
    expect(slow?.start()).toBeDefined();
    expect(backup?.terminated).toBe(true);
    expect(relay.workers).toHaveLength(2);
  });

  it("gives a run at once a backup beside a spare that has been silent since it started", () => {
    const relay = startRelay();
    relay.order({ type: "prime", runtime: "// runtime" });
    vi.advanceTimersByTime(readyWithinMs);
    expect(relay.workers).toHaveLength(1);
    relay.order(runOrder);
    vi.advanceTimersByTime(0);
    const [stalled, backup] = relay.workers;
    backup?.saysReady();
    expect(backup?.start()).toBeDefined();
    expect(stalled?.terminated).toBe(true);
  });

  it("waits only the rest of the time for a spare started a moment before the run", () => {
    const relay = startRelay();
    relay.order({ type: "prime", runtime: "// runtime" });
    vi.advanceTimersByTime(300);
    relay.order(runOrder);
    vi.advanceTimersByTime(readyWithinMs - 300 - 1);
    expect(relay.workers).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(relay.workers).toHaveLength(2);
  });

  it("reports an error of the worker that runs the program", () => {
    const relay = startRelay();
    relay.order(runOrder);
    relay.workers[0]?.saysReady();
    relay.workers[0]?.fails("script error");
    expect(relay.heard).toEqual([{ runId: 7, event: { type: "crash", message: "script error" } }]);
  });

  it("reports a worker that cannot start, and starts no other for that run", () => {
    const relay = startRelay();
    relay.order(runOrder);
    relay.workers[0]?.fails("blocked by policy");
    vi.advanceTimersByTime(readyWithinMs * 2);
    expect(relay.heard).toEqual([{ runId: 7, event: { type: "crash", message: "blocked by policy" } }]);
    expect(relay.workers).toHaveLength(1);
  });
});
