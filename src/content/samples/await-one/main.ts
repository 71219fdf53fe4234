const BASE = "http://localhost:8787";

interface DelayReply {
  delayedMs: number;
}

const start = performance.now();
console.log("asking for a reply that takes about a second");
const response = await fetch(`${BASE}/delay/1000`);
const reply = (await response.json()) as DelayReply;
console.log(`got: the server waited ${reply.delayedMs} ms`);
console.log(`done after ${((performance.now() - start) / 1000).toFixed(1)}s`);
