import { describe, expect, it } from "vitest";
import { createPracticeHandler, PRACTICE_ORIGIN } from "./handler.ts";

const handle = createPracticeHandler();
const get = (path: string, init?: RequestInit) => handle(new Request(`${PRACTICE_ORIGIN}${path}`, init));

describe("practice handler", () => {
  it.each([
    ["/posts/1", 200],
    ["/posts/100", 200],
    ["/posts/0", 404],
    ["/posts/abc", 404],
    ["/status/418", 418],
    ["/status/99", 400],
    ["/delay/abc", 400],
    ["/nowhere", 404],
    ["/echo/extra", 404],
  ])("GET %s answers %i", async (path, status) => {
    expect((await get(path)).status).toBe(status);
  });

  it("serves the same post on every call", async () => {
    const first: unknown = await (await get("/posts/7")).json();
    const second: unknown = await (await get("/posts/7")).json();
    expect(first).toEqual(second);
    expect(first).toMatchObject({ id: 7, userId: 1 });
  });

  it("echoes method, query, headers and a JSON body", async () => {
    const response = await get("/echo?page=2", {
      method: "POST",
      headers: { "x-tutorial": "yes", "content-type": "application/json" },
      body: JSON.stringify({ name: "Ada" }),
    });
    expect(await response.json()).toMatchObject({
      method: "POST",
      path: "/echo",
      query: { page: "2" },
      headers: { "x-tutorial": "yes" },
      json: { name: "Ada" },
    });
  });

  it("answers 204 with no body", async () => {
    const response = await get("/status/204");
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });

  it("waits for /delay/:ms and stops early when the client aborts", async () => {
    const started = performance.now();
    await get("/delay/150");
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const aborter = new AbortController();
    setTimeout(() => aborter.abort(), 20);
    const abortedStart = performance.now();
    await get("/delay/5000", { signal: aborter.signal });
    expect(performance.now() - abortedStart).toBeLessThan(1000);
  });

  it("streams chunks over time", async () => {
    const started = performance.now();
    const text = await (await get("/stream?chunks=3&intervalMs=50")).text();
    expect(text).toBe("chunk 1\nchunk 2\nchunk 3\n");
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });

  it("refuses a body over 1 MiB with 413, declared or streamed with no length (as in the page)", async () => {
    const declared = await get("/echo", {
      method: "POST",
      headers: { "content-length": "1048577" },
      body: "x",
    });
    expect(declared.status).toBe(413);
    const streamed = await get("/echo", { method: "POST", body: "x".repeat(2 * 1024 * 1024) });
    expect(streamed.status).toBe(413);
    expect(await streamed.text()).toContain("at most 1048576 bytes");
    expect((await get("/echo", { method: "POST", body: "x".repeat(1024 * 1024) })).status).toBe(200);
  });

  it("fails /flaky/:key the given number of times, per key and per handler", async () => {
    const flaky = createPracticeHandler();
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      statuses.push((await flaky(new Request(`${PRACTICE_ORIGIN}/flaky/k?failures=2`))).status);
    }
    expect(statuses).toEqual([503, 503, 200]);
    expect((await flaky(new Request(`${PRACTICE_ORIGIN}/flaky/other?failures=1`))).status).toBe(503);
  });
});
