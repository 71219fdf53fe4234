import { describe, expect, it } from "vitest";
import { createPracticeHandler } from "../practice-server/handler.ts";
import { createPracticeFetch } from "./practice-fetch.ts";

const practiceFetch = createPracticeFetch(createPracticeHandler());

describe("practice fetch", () => {
  it("answers the practice origin in-process", async () => {
    const response = await practiceFetch("http://localhost:8787/posts/2");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: 2 });
  });

  it("passes method, headers and body through", async () => {
    const response = await practiceFetch(new URL("http://localhost:8787/echo?a=1"), {
      method: "POST",
      headers: { "x-tutorial": "1" },
      body: "{}",
    });
    expect(await response.json()).toMatchObject({
      method: "POST",
      query: { a: "1" },
      headers: { "x-tutorial": "1" },
    });
  });

  it.each([
    ["another local port", "http://localhost:8799/", /connection refused/],
    ["the internet", "https://example.org/", /no network access/],
  ])("refuses %s with a TypeError", async (_, url, message) => {
    await expect(practiceFetch(url)).rejects.toThrow(TypeError);
    await expect(practiceFetch(url)).rejects.toThrow(message);
  });

  it("rejects with the signal's reason when a timeout fires", async () => {
    const started = performance.now();
    const error: unknown = await practiceFetch("http://localhost:8787/delay/3000", {
      signal: AbortSignal.timeout(100),
    }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("TimeoutError");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  // fetch rejects with the reason itself, not a copy or a wrapper, whatever kind of value it is.
  it.each([
    ["a string", "the user pressed Stop"],
    ["an Error", new RangeError("out of time")],
    ["a plain object", { code: 42 }],
  ])("rejects with the abort reason when it is %s", async (_, reason) => {
    const controller = new AbortController();
    const pending = practiceFetch("http://localhost:8787/delay/3000", { signal: controller.signal });
    controller.abort(reason);
    const error: unknown = await pending.catch((caught: unknown) => caught);
    expect(error).toBe(reason);
  });

  it("rejects at once when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      practiceFetch("http://localhost:8787/posts/1", { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: "AbortError",
    });
  });
});
