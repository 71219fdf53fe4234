import { describe, expect, it } from "vitest";
import { createPracticeHandler } from "../practice-server/handler.ts";
import { createPracticeExchange } from "./practice-exchange.ts";

const exchange = createPracticeExchange(createPracticeHandler());

async function bodyOf(reader: ReadableStreamDefaultReader<Uint8Array> | null): Promise<string> {
  if (reader === null) return "";
  const decoder = new TextDecoder();
  let text = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
    text += decoder.decode(chunk.value);
  return text;
}

describe("the practice exchange Python's loopback network calls", () => {
  it("ends a /delay early when the connection closes (abort)", async () => {
    const started = performance.now();
    const request = exchange("GET", "/delay/5000", [], null);
    setTimeout(request.abort, 50);
    await request.response.then((answer) => bodyOf(answer.reader)).catch(() => "");
    expect(performance.now() - started).toBeLessThan(4_000);
  });

  it("answers a request parsed off a connection, with status, headers and body", async () => {
    const answer = await exchange("GET", "/posts/1", [["Accept", "application/json"]], null).response;
    expect(answer.status).toBe(200);
    expect(answer.headers).toContainEqual(["content-type", "application/json; charset=utf-8"]);
    expect(JSON.parse(await bodyOf(answer.reader))).toMatchObject({ id: 1 });
  });

  it("drops a header fetch forbids instead of failing, and sends a body", async () => {
    const body = new TextEncoder().encode(JSON.stringify({ title: "t" }));
    const answer = await exchange(
      "POST",
      "/echo",
      [
        ["Host", "localhost:8787"],
        ["Content-Type", "application/json"],
      ],
      body,
    ).response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(await bodyOf(answer.reader))).toMatchObject({ method: "POST", json: { title: "t" } });
  });

  it("records each request as a timeline row: ended by its headers' status, or cancelled by an abort", async () => {
    const rows: string[] = [];
    const recorded = createPracticeExchange(createPracticeHandler(), (method, target) => {
      rows.push(`start ${method} ${target}`);
      return (outcome, detail) => rows.push(`end ${method} ${target} ${outcome} ${detail ?? "-"}`);
    });
    await recorded("GET", "/posts/1", [], null).response;
    await recorded("GET", "/status/503", [], null).response;
    const slow = recorded("GET", "/delay/5000?id=3", [], null);
    slow.abort();
    await slow.response.catch(() => undefined);
    expect(rows).toEqual([
      "start GET /posts/1",
      "end GET /posts/1 ok 200",
      "start GET /status/503",
      "end GET /status/503 error 503",
      "start GET /delay/5000?id=3",
      "end GET /delay/5000?id=3 cancelled -",
    ]);
  });
});
