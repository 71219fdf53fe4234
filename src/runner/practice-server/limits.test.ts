import { describe, expect, it } from "vitest";
import { AttemptCounter, MAX_BODY_BYTES, readCappedText } from "./limits.ts";

/** A request whose body arrives as these chunks, with no length, as a browser's stream body does. */
function streamed(chunks: readonly Uint8Array[]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return new Request("http://localhost:8787/echo", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readCappedText", () => {
  it("reads a body of exactly the cap", async () => {
    const half = new Uint8Array(MAX_BODY_BYTES / 2).fill(0x61);
    expect((await readCappedText(streamed([half, half])))?.length).toBe(MAX_BODY_BYTES);
  });

  it("gives up one byte past the cap", async () => {
    const half = new Uint8Array(MAX_BODY_BYTES / 2).fill(0x61);
    expect(await readCappedText(streamed([half, half, new Uint8Array([0x61])]))).toBeUndefined();
  });

  it("decodes a character split across two chunks", async () => {
    const bytes = new TextEncoder().encode("你好");
    expect(await readCappedText(streamed([bytes.subarray(0, 2), bytes.subarray(2)]))).toBe("你好");
  });

  it("caps a body read whole, as where requests have no body stream (Firefox)", async () => {
    const exact = new Request("http://localhost:8787/echo", {
      method: "POST",
      body: "x".repeat(MAX_BODY_BYTES),
    });
    expect((await readCappedText(exact, false))?.length).toBe(MAX_BODY_BYTES);
    const over = new Request("http://localhost:8787/echo", {
      method: "POST",
      body: "x".repeat(MAX_BODY_BYTES + 1),
    });
    expect(await readCappedText(over, false)).toBeUndefined();
    expect(await readCappedText(new Request("http://localhost:8787/echo"), false)).toBe("");
  });

  it("reads no body as empty text", async () => {
    expect(await readCappedText(new Request("http://localhost:8787/echo"))).toBe("");
  });
});

describe("AttemptCounter", () => {
  it("counts per key", () => {
    const counter = new AttemptCounter(4);
    expect([counter.next("a"), counter.next("a"), counter.next("b")]).toEqual([1, 2, 1]);
  });

  it("never holds more than its capacity, forgetting the least recently used key", () => {
    const counter = new AttemptCounter(3);
    counter.next("old");
    counter.next("kept");
    counter.next("x");
    counter.next("kept");
    counter.next("y");
    expect(counter.size).toBe(3);
    expect(counter.next("kept")).toBe(3);
    expect(counter.next("old")).toBe(1);
    for (let index = 0; index < 10_000; index += 1) counter.next(`key-${index}`);
    expect(counter.size).toBe(3);
  });
});
