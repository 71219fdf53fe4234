import { describe, it, run } from "node:test";
import assert from "node:assert/strict";
import type { TestEvent } from "node:test/reporters";

/** The handler under test: GET /greet?name=Ada answers {"greeting": "Hello, Ada!"}. */
async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname !== "/greet") return Response.json({ error: "not found" }, { status: 404 });
  // No router here: the handler checks the method itself.
  if (request.method !== "GET") return new Response(null, { status: 405, headers: { Allow: "GET" } });
  const name = (url.searchParams.get("name") ?? "").trim();
  if (name === "") return Response.json({ error: "name is required" }, { status: 400 });
  return Response.json({ greeting: `Hello, ${name}!` });
}

// A web-standard handler is a plain function: a test builds a Request and awaits the Response.
// No server, no port.
const call = (path: string, init?: RequestInit) => handle(new Request(`http://test${path}`, init));

function declareTests(): void {
  describe("GET /greet", () => {
    it("a name gets a greeting", async () => {
      const response = await call("/greet?name=Ada");
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { greeting: "Hello, Ada!" });
    });

    it("no name is a 400", async () => {
      const response = await call("/greet");
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as { error: string }).error, "name is required");
    });

    it("post is not allowed", async () => {
      const response = await call("/greet?name=Ada", { method: "POST" });
      assert.equal(response.status, 405);
    });
  });
}

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
