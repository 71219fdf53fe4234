import { describe, it, run } from "node:test";
import assert from "node:assert/strict";
import type { TestEvent } from "node:test/reporters";

const BASE = "http://localhost:8787";

/** The code under test: the title of one post, or a LookupError if there is none. */
async function fetchTitle(postId: number): Promise<string> {
  const response = await fetch(`${BASE}/posts/${postId}`);
  if (response.status === 404) throw new LookupError(`no post ${postId}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const post = (await response.json()) as { title: string };
  return post.title;
}

class LookupError extends Error {
  override name = "LookupError";
}

function declareTests(): void {
  describe("fetchTitle", () => {
    it("a known post gives its title", async () => {
      assert.equal(await fetchTitle(1), "Post 1: notes on coroutines");
    });

    it("a missing post is an error", async () => {
      await assert.rejects(fetchTitle(999), LookupError);
    });

    it("three posts load together", async () => {
      const titles = await Promise.all([1, 2, 3].map((n) => fetchTitle(n)));
      assert.deepEqual(
        titles.map((title) => title.split(":")[0]),
        ["Post 1", "Post 2", "Post 3"],
      );
    });
  });
}

// run() in this process, with the tests declared in its setup: the report is ours, one line per
// test and no timings, instead of the default reporter's.
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
