import { describe, expect, it } from "vitest";
import { createPracticeHandler } from "../practice-server/handler.ts";
import { createFetchBridge } from "./fetch-bridge.ts";
import { createFetchServer } from "./fetch-server.ts";
import { createPracticeFetch } from "./practice-fetch.ts";
import { readLearnerMessage, type FetchReply } from "./realm-messages.ts";

/** The learner's fetch wired to the runtime's server, through the message check, as across realms. */
function wire() {
  const pending = { count: 0 };
  const track = { begin: () => (pending.count += 1), end: () => (pending.count -= 1) };
  let deliver: (reply: FetchReply) => void = () => undefined;
  const server = createFetchServer(createPracticeFetch(createPracticeHandler()), (reply) =>
    queueMicrotask(() => deliver(structuredClone(reply))),
  );
  const bridge = createFetchBridge((message) => {
    const read = readLearnerMessage(structuredClone(message));
    if (read?.type === "fetch") server.serve(read);
    else if (read?.type === "fetch-abort") server.abort(read.id);
  }, track);
  deliver = (reply) => bridge.receive(reply);
  return { fetch: bridge.fetch, pending };
}

describe("the learner's fetch, served across realms", () => {
  it("answers a practice request with its status, headers and body", async () => {
    const { fetch, pending } = wire();
    const response = await fetch("http://localhost:8787/delay/5", { method: "GET" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ delayedMs: 5 });
    expect(pending.count).toBe(0);
  });

  it("sends a body", async () => {
    const { fetch } = wire();
    const response = await fetch("http://localhost:8787/echo", { method: "POST", body: "hello" });
    expect(await response.text()).toContain("hello");
  });

  it("streams a body chunk by chunk and counts it pending until it ends", async () => {
    const { fetch, pending } = wire();
    const response = await fetch("http://localhost:8787/stream?chunks=3&intervalMs=5");
    expect(pending.count).toBe(1);
    const text = await response.text();
    expect(text.split("\n").filter(Boolean)).toHaveLength(3);
    expect(pending.count).toBe(0);
  });

  it("refuses any other address as a failed fetch", async () => {
    const { fetch, pending } = wire();
    await expect(fetch("https://example.com/")).rejects.toThrow(/no network access/);
    expect(pending.count).toBe(0);
  });

  it("rejects with the abort reason, and a cancelled body is no longer pending", async () => {
    const { fetch, pending } = wire();
    const controller = new AbortController();
    const request = fetch("http://localhost:8787/delay/1000", { signal: controller.signal });
    controller.abort("why");
    await expect(request).rejects.toBe("why");
    const streamed = await fetch("http://localhost:8787/stream?chunks=50&intervalMs=20");
    await streamed.body?.cancel();
    expect(pending.count).toBe(0);
  });
});

describe("readLearnerMessage", () => {
  it.each([
    [
      "a fetch with a body that is not bytes",
      { type: "fetch", id: 1, url: "x", method: "GET", headers: [], body: "x" },
    ],
    [
      "a fetch with bad headers",
      { type: "fetch", id: 1, url: "x", method: "GET", headers: [["a"]], body: null },
    ],
    ["an exit code the realm may not give", { type: "exit", code: 0.5 }],
    ["an exit as stopped", { type: "exit", code: 130 }],
    ["output on another stream", { type: "output", stream: "stdin", text: "x" }],
    ["output with a negative cut", { type: "output", stream: "stdout", text: "x", moreChars: -1 }],
    ["a dropped count that is not a whole number", { type: "dropped", lines: 1.5, spans: 0 }],
    ["a dropped count below zero", { type: "dropped", lines: 0, spans: -3 }],
    ["an unknown message", { type: "relay-port" }],
  ])("drops %s", (_name, message) => expect(readLearnerMessage(message)).toBeUndefined());

  it("reads a line the realm clipped, and one it did not", () => {
    expect(readLearnerMessage({ type: "output", stream: "stderr", text: "ab", moreChars: 7 })).toEqual({
      type: "output",
      stream: "stderr",
      text: "ab",
      moreChars: 7,
    });
    expect(readLearnerMessage({ type: "output", stream: "stdout", text: "ab" })).toMatchObject({
      moreChars: 0,
    });
  });
});
